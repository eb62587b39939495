namespace ResumeFlow.Core.Profiles;

/// <summary>
/// Writes a date as profiles store it: "YYYY-MM", or <see cref="Present"/> for an open end (present, current,
/// heute, aktuell, actuel, aujourd'hui…). Parsing is <see cref="DateRangeParser"/>'s, so every language and
/// notation it reads is standardised the same way.
/// </summary>
public static class ProfileDateFormatter
{
    public const string Present = "present";

    // An open end is only recognised as the end of a range; this fixed start lets the parser judge the word alone.
    private const string ProbeStart = "1990 – ";

    /// <summary>"YYYY-MM", "present", or null when <paramref name="text"/> holds no date the parser understands.</summary>
    public static string? Standardise(string? text)
    {
        var trimmed = text?.Trim();
        if (string.IsNullOrEmpty(trimmed))
        {
            return null;
        }

        if (YearMonth.TryParse(trimmed, out var standard))
        {
            return standard.ToString();
        }

        if (DateRangeParser.TryParseDate(trimmed, out var date, out _))
        {
            return date.ToString();
        }

        var probe = DateRangeParser.FindRanges(ProbeStart + trimmed);
        if (probe.Count == 1 && probe[0].IsOpen && probe[0].Index == 0 && probe[0].Length == ProbeStart.Length + trimmed.Length)
        {
            return Present;
        }

        // A full date ("15.03.2020") or a date inside words ("since Jan 2019"): the first one found.
        return DateRangeParser.FindDates(trimmed) is { Count: > 0 } dates ? dates[0].Date.ToString() : null;
    }
}
