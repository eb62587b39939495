using System.Collections.Frozen;
using ResumeFlow.Core.Profiles;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// Whether a CV line can prove anything to a recruiter: a bare date ("Apr 2020 - Present"), a contact line or a
/// line of only date words shows nothing about the candidate's skills or work. (Headings are known by position.)
/// </summary>
internal static class EvidenceLine
{
    // Words that only complete a date ("since", "present", "heute") once the dates themselves are removed.
    private static readonly FrozenSet<string> DateWords = new[]
    {
        "present", "current", "currently", "now", "today", "date", "ongoing", "since", "from", "to", "until", "till",
        "heute", "aktuell", "seit", "bis", "von", "laufend", "actuel", "actuelle", "depuis", "aujourd", "hui", "présent",
        "actualidad", "actual", "presente", "desde", "hasta", "hoy", "de", "du", "au", "à", "a", "al", "del",
    }.ToFrozenSet(StringComparer.OrdinalIgnoreCase);

    /// <param name="line">The CV line.</param>
    /// <param name="tokens">The line's <see cref="TextTerms.Tokens"/>, which the caller has computed already.</param>
    public static bool IsUsable(string line, List<string> tokens)
    {
        var contacts = ContactExtractor.Extract(line);
        if (contacts.Emails.Count + contacts.Phones.Count + contacts.Links.Count > 0)
        {
            return false;
        }

        var rest = line;
        foreach (var range in DateRangeParser.FindRanges(line).Reverse())
        {
            rest = rest.Remove(range.Index, range.Length);
        }

        foreach (var (_, _, index) in DateRangeParser.FindDates(rest).Reverse())
        {
            // A single date: drop the token it starts (the year or the month word) and the year after it.
            var end = index;
            while (end < rest.Length && !char.IsWhiteSpace(rest[end]))
            {
                end++;
            }

            rest = rest.Remove(index, end - index);
        }

        return (ReferenceEquals(rest, line) ? tokens : TextTerms.Tokens(rest)).Any(t => t.Any(char.IsLetter) && !DateWords.Contains(t) && !DateRangeParser.IsMonthWord(t));
    }
}
