using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Profiles;

/// <summary>E-mail addresses, phone numbers and links in a CV's text.</summary>
internal static partial class ContactExtractor
{
    public static ContactDetails Extract(string text)
    {
        // Cheap tests first: scoring asks this of every CV line, and most lines hold no contact at all.
        var emails = !text.Contains('@', StringComparison.Ordinal) ? []
            : Distinct(EmailPattern().Matches(text).Select(m => m.Value.TrimEnd('.').ToLowerInvariant()));
        var phones = !text.AsSpan().ContainsAnyInRange('0', '9') ? []
            : Distinct(PhonePattern().Matches(text).Select(m => m.Value.Trim()).Where(IsPhone));
        var links = !MayHoldLink(text) ? []
            : Distinct(LinkPattern().Matches(text)
            .Where(m => !IsPartOfEmail(text, m.Index))
            .Select(m => m.Value.TrimEnd('.', ',', ')', ';'))
            .Where(l => l.Contains('.', StringComparison.Ordinal)));
        return new ContactDetails(emails, phones, links);
    }

    // Every link the pattern knows has "://", "www." or a ".com/" or ".net/" host.
    private static bool MayHoldLink(string text)
        => text.Contains("://", StringComparison.Ordinal) || text.Contains("www.", StringComparison.OrdinalIgnoreCase)
            || text.Contains(".com/", StringComparison.OrdinalIgnoreCase) || text.Contains(".net/", StringComparison.OrdinalIgnoreCase);

    private static bool IsPartOfEmail(string text, int index) => index > 0 && text[index - 1] == '@';

    private static bool IsPhone(string candidate)
    {
        var digits = candidate.Count(char.IsDigit);
        if (digits is < 7 or > 15)
        {
            return false;
        }

        // "2015 - 2019" and "01/2015 - 06/2019" are dates, not numbers to call.
        if (DateLike().IsMatch(candidate))
        {
            return false;
        }

        return candidate.StartsWith('+') || candidate.Contains('(', StringComparison.Ordinal) || digits >= 9 || Separators().IsMatch(candidate);
    }

    private static List<string> Distinct(IEnumerable<string> values)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return values.Where(v => v.Length > 0 && seen.Add(v)).ToList();
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex EmailPattern();

    [GeneratedRegex(@"(?<![\w/.])(?:\+\d{1,3}[\s.\-]?)?(?:\(\d{1,5}\)[\s.\-]?)?\d{2,8}(?:[\s.\-/]\d{2,8}){1,4}(?![\w/])")]
    private static partial Regex PhonePattern();

    [GeneratedRegex(@"^\D*(?:19|20)\d\d\D+(?:19|20)\d\d\D*$|^\d{1,2}[/.](?:19|20)\d\d")]
    private static partial Regex DateLike();

    [GeneratedRegex(@"\d{3}[\s.\-]\d{4}|\d{3}[\s.\-]\d{3}[\s.\-]\d{3,4}")]
    private static partial Regex Separators();

    [GeneratedRegex(@"(?:https?://|www\.)[^\s<>""']+|(?<![\w@.])(?:linkedin\.com|github\.com|gitlab\.com|xing\.com|stackoverflow\.com|behance\.net|dribbble\.com|medium\.com)/[^\s<>""']+", RegexOptions.IgnoreCase)]
    private static partial Regex LinkPattern();
}
