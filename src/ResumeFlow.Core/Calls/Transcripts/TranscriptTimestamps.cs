using System.Globalization;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>Timestamps as transcripts write them: <c>hh:mm:ss.fff</c> (WebVTT), <c>hh:mm:ss,fff</c> (SRT), <c>mm:ss</c>, <c>h:mm:ss</c>.</summary>
internal static partial class TranscriptTimestamps
{
    public static bool TryParse(string? text, out TimeSpan value)
    {
        value = default;
        var match = text is null ? Match.Empty : Pattern().Match(text.Trim());
        if (!match.Success)
        {
            return false;
        }

        var hours = match.Groups["h"].Success ? int.Parse(match.Groups["h"].Value, CultureInfo.InvariantCulture) : 0;
        var minutes = int.Parse(match.Groups["m"].Value, CultureInfo.InvariantCulture);
        var seconds = int.Parse(match.Groups["s"].Value, CultureInfo.InvariantCulture);
        var fraction = match.Groups["f"].Success ? match.Groups["f"].Value.PadRight(3, '0') : "0";
        if (seconds >= 60 || (match.Groups["h"].Success && minutes >= 60))
        {
            return false;
        }

        value = new TimeSpan(0, hours, minutes, seconds, int.Parse(fraction, CultureInfo.InvariantCulture));
        return true;
    }

    /// <summary>Seconds as a JSON export writes them: a number, or a timestamp string.</summary>
    public static bool TryParseSeconds(string? text, out TimeSpan value)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 864_000)
        {
            value = TimeSpan.FromSeconds(seconds);
            return true;
        }

        return TryParse(text, out value);
    }

    [GeneratedRegex(@"^(?:(?<h>\d{1,3}):)?(?<m>\d{1,2}):(?<s>\d{2})(?:[.,](?<f>\d{1,3}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
