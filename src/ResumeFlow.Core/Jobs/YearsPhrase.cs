using System.Globalization;
using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Jobs;

/// <summary>Finds "at least 3 years", "5+ yrs", "two years'" in a line and what the years are of.</summary>
internal static partial class YearsPhrase
{
    /// <summary>The number of years the line states and the role or skill they are of, when it states one.</summary>
    public static (double Years, string? Subject)? Parse(string line)
    {
        var m = Years().Match(line);
        if (!m.Success)
        {
            return null;
        }

        var years = ParseNumber(m.Groups["n"].Value);
        if (years is null or <= 0 or > 50)
        {
            return null;
        }

        var after = SubjectAfter().Match(line[(m.Index + m.Length)..]);
        if (after.Success)
        {
            return (years.Value, Clean(after.Groups["s"].Value));
        }

        var before = SubjectBefore().Match(line[..m.Index]);
        if (before.Success)
        {
            return (years.Value, Clean(before.Groups["s"].Value));
        }

        return (years.Value, null);
    }

    private static double? ParseNumber(string s) => s.ToLowerInvariant() switch
    {
        "one" or "a" or "an" => 1,
        "two" => 2,
        "three" => 3,
        "four" => 4,
        "five" => 5,
        "six" => 6,
        "seven" => 7,
        "eight" => 8,
        "nine" => 9,
        "ten" => 10,
        "twelve" => 12,
        "fifteen" => 15,
        _ => double.TryParse(s, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) ? v : null,
    };

    private static string? Clean(string subject)
    {
        var s = subject;
        var cut = SubjectEnd().Match(s);
        if (cut.Success && cut.Index > 1)
        {
            s = s[..cut.Index];
        }

        s = TrailingFiller().Replace(s.Trim().Trim('.', ',', ';', ':', '-', ' '), string.Empty).Trim();
        return s.Length < 2 || FillerOnly().IsMatch(s) ? null : s;
    }

    [GeneratedRegex(@"^(?:over|at\s+least|more\s+than|a\s+minimum\s+of|minimum|about|around|approximately|least|the|this|that|our|your|a|an|total)$", RegexOptions.IgnoreCase)]
    private static partial Regex FillerOnly();

    [GeneratedRegex(@"\b(?<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|fifteen|an?)\s*\+?\s*(?:(?:-|–|to)\s*\d+\s*\+?\s*)?-?\s*(?:full\s+)?(?:years?|yrs?)\b['’]?", RegexOptions.IgnoreCase)]
    private static partial Regex Years();

    [GeneratedRegex(@"^\s*(?:of\s+)?(?:(?:prior|previous|relevant|professional|proven|hands-on|industry|work|working|practical|combined|total|related|progressive|direct|recent|solid|strong)\s+)*(?:experience\s*|expertise\s*)?(?:(?:working|employed|serving|spent)\s+)?(?:as|in|with|at|on|using|within|doing)\s+(?:an?\s+|the\s+)?(?<s>[^.;()]+)", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectAfter();

    [GeneratedRegex(@"\b(?:as|in|with)\s+(?:an?\s+|the\s+)?(?<s>[^.;()]+?)\s*(?:role|position|capacity)?\s*(?:for|of|with|over)?\s*(?:at\s+least|a\s+minimum\s+of|minimum|over|more\s+than|about|around|approximately)?\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectBefore();

    // Where the role's name ends: "as a baker in a bakery", "as a Product Manager, preferably in SaaS".
    [GeneratedRegex(@"\s*[,;]|\s+(?:preferably|ideally|where|which|who|to|in\s+an?|within|with\s+a\s+focus|focused|including|inclusive|such\s+as|(?:is\s+)?(?:required|needed|necessary|preferred|mandatory|essential|a\s+must|a\s+plus|an\s+advantage))\b", RegexOptions.IgnoreCase)]
    private static partial Regex SubjectEnd();

    [GeneratedRegex(@"\s+(?:role|position|or\s+(?:a\s+)?similar(?:\s+role)?|or\s+related(?:\s+field)?|or\s+equivalent)$", RegexOptions.IgnoreCase)]
    private static partial Regex TrailingFiller();
}
