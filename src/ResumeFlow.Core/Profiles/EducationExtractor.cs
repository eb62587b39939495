using System.Text.RegularExpressions;

namespace ResumeFlow.Core.Profiles;

/// <summary>Degrees and schools from education sections: a degree or an institution opens an entry; dates nearby date it.</summary>
internal static partial class EducationExtractor
{
    public static List<EducationEntry> Extract(IReadOnlyList<ProfileLine> lines)
    {
        var entries = new List<Builder>();
        Builder? current = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = EntryText.StripBullet(lines[i].Text);
            if (text.Length == 0)
            {
                continue;
            }

            var degree = FindDegree(text);
            var institution = EntryText.IsInstitution(text) ? InstitutionPiece(text) : null;
            if (degree is not null)
            {
                if (current is null || current.Degree is not null || i - current.LastLine > 2)
                {
                    current = new Builder { FirstLine = i, LastLine = i };
                    entries.Add(current);
                }

                current.Degree = degree.Value.Degree;
                current.Field ??= degree.Value.Field;
                current.Level ??= degree.Value.Level;
            }

            if (institution is not null)
            {
                if (current is null || current.Institution is not null || i - current.LastLine > 2)
                {
                    current = new Builder { FirstLine = i, LastLine = i };
                    entries.Add(current);
                }

                current.Institution = institution;
            }

            if (current is not null && i - current.LastLine <= 2)
            {
                current.LastLine = i;
                var ranges = DateRangeParser.FindRanges(text);
                if (ranges.Count > 0 && current.Start is null)
                {
                    current.Start = ranges[0].Start.ToString();
                    current.End = ranges[0].End?.ToString();
                }
                else if (current.End is null && current.Start is null)
                {
                    var dates = DateRangeParser.FindDates(text);
                    if (dates.Count > 0)
                    {
                        current.End = dates[^1].Date.ToString();
                    }
                }
            }
        }

        return entries.Select(e => new EducationEntry(e.Degree, e.Field, e.Institution, e.Start, e.End, e.Level)).ToList();
    }

    private static (string Degree, string? Field, string? Level)? FindDegree(string text)
    {
        foreach (Match match in EntryText.Degree(text).Success ? AllDegrees(text) : [])
        {
            // "Jackson, MS" is a place, not a Master of Science.
            if (match.Length <= 3 && match.Index >= 2 && text[match.Index - 2] == ',')
            {
                continue;
            }

            var degree = match.Value.Trim();
            var rest = text[(match.Index + match.Length)..];
            var field = FieldPattern().Match(rest) is { Success: true } f ? f.Groups["field"].Value.Trim() : null;
            if (field is null && degree.Contains(" in ", StringComparison.OrdinalIgnoreCase))
            {
                var split = degree.IndexOf(" in ", StringComparison.OrdinalIgnoreCase);
                field = degree[(split + 4)..];
                degree = degree[..split];
            }

            return (degree, string.IsNullOrWhiteSpace(field) ? null : field, Level(degree));
        }

        return null;
    }

    private static IEnumerable<Match> AllDegrees(string text)
    {
        for (var match = EntryText.Degree(text); match.Success; match = match.NextMatch())
        {
            yield return match;
        }
    }

    private static string InstitutionPiece(string text)
    {
        foreach (var piece in EntryText.Pieces(text))
        {
            if (EntryText.IsInstitution(piece))
            {
                return DatesPattern().Replace(piece, string.Empty).Trim(' ', ',', '-', '–');
            }
        }

        return text;
    }

    private static string? Level(string degree)
    {
        var d = degree.ToLowerInvariant().Replace(".", string.Empty, StringComparison.Ordinal).Replace(" ", string.Empty, StringComparison.Ordinal);
        if (d.StartsWith("phd", StringComparison.Ordinal) || d.StartsWith("doctor", StringComparison.Ordinal) || d.StartsWith("doctorado", StringComparison.Ordinal))
        {
            return "Doctorate";
        }

        if (d.StartsWith("master", StringComparison.Ordinal) || d.StartsWith("máster", StringComparison.Ordinal) || d is "mba" or "msc" or "ms" or "ma" or "meng" or "mtech" or "mcom" or "llm" || d.StartsWith("diplom", StringComparison.Ordinal))
        {
            return "Master";
        }

        if (d.StartsWith("bachelor", StringComparison.Ordinal) || d is "bsc" or "bs" or "ba" or "beng" or "btech" or "bcom" or "bba" or "llb" or "licence" or "licenciatura" or "grado")
        {
            return "Bachelor";
        }

        if (d.StartsWith("associate", StringComparison.Ordinal) || d is "aa" or "aas" or "bts" or "dut")
        {
            return "Associate";
        }

        if (d.StartsWith("highschool", StringComparison.Ordinal) || d is "ged" or "abitur" or "baccalauréat")
        {
            return "HighSchool";
        }

        if (d.StartsWith("certificate", StringComparison.Ordinal) || d is "diploma" or "ausbildung")
        {
            return "Certificate";
        }

        return null;
    }

    [GeneratedRegex(@"^\s*(?:degree\s+)?(?:in|of|en|in the field of|:)\s+(?<field>[\p{L}&/\- ]{3,60}?)(?=\s*(?:[,|(\-–—]|\bat\b|\bfrom\b|\d|$))", RegexOptions.IgnoreCase)]
    private static partial Regex FieldPattern();

    [GeneratedRegex(@"\b(?:19|20)\d\d\b")]
    private static partial Regex DatesPattern();

    private sealed class Builder
    {
        public int FirstLine { get; init; }

        public int LastLine { get; set; }

        public string? Degree { get; set; }

        public string? Field { get; set; }

        public string? Institution { get; set; }

        public string? Start { get; set; }

        public string? End { get; set; }

        public string? Level { get; set; }
    }
}
