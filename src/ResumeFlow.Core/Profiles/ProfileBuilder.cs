using System.Text.RegularExpressions;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Sections;
using ResumeFlow.Core.Skills;

namespace ResumeFlow.Core.Profiles;

/// <summary>
/// Builds the structured profile deterministically from the extracted text and its sections:
/// contacts, jobs with normalised dates, education, canonical skills (through
/// <see cref="SkillLexicon"/>) with the last year each was used, languages, certifications and
/// total experience with overlapping jobs counted once.
/// </summary>
public static partial class ProfileBuilder
{
    private const int MaxCertifications = 30;

    /// <summary>Builds the profile of plain or Markdown-like text (headings as "## Skills", "SKILLS", "Skills:").</summary>
    public static CandidateProfile Build(string text, YearMonth? asOf = null, SkillLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var document = DocumentExtractor.FromText(text);
        return Build(document, SectionDetector.Detect(document), asOf, lexicon);
    }

    /// <param name="document">The extracted document.</param>
    /// <param name="sections">Its sections from <see cref="SectionDetector.Detect"/>.</param>
    /// <param name="asOf">The month an open end ("present") counts to; the current month when null.</param>
    /// <param name="lexicon">The skills lexicon; <see cref="SkillLexicon.Default"/> when null.</param>
    public static CandidateProfile Build(ExtractedDocument document, IReadOnlyList<ResumeSection> sections, YearMonth? asOf = null, SkillLexicon? lexicon = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(sections);
        var month = asOf ?? YearMonth.From(TimeProvider.System.GetUtcNow());
        lexicon ??= SkillLexicon.Default;

        var experienceSections = sections.Where(s => s.Kind == SectionKind.Experience).ToList();
        if (experienceSections.Count == 0)
        {
            // Without an experience heading, jobs are looked for wherever no other section claims the text.
            experienceSections = sections.Where(s => s.Kind is SectionKind.Body or SectionKind.Other or SectionKind.Header or SectionKind.Summary).ToList();
        }

        var work = experienceSections.SelectMany(s => WorkHistoryExtractor.Extract(SectionLines(document, s), month)).ToList();
        var education = sections.Where(s => s.Kind == SectionKind.Education).SelectMany(s => EducationExtractor.Extract(SectionLines(document, s))).ToList();
        var languages = LanguageExtractor.Extract(sections.Where(s => s.Kind == SectionKind.Languages).SelectMany(s => SectionLines(document, s)).Select(l => l.Text));
        var totalMonths = MergedMonths(work.Select(w => w.Range), month);

        return new CandidateProfile
        {
            Name = FindName(document, sections),
            Contacts = ContactExtractor.Extract(document.Text),
            Summary = sections.FirstOrDefault(s => s.Kind == SectionKind.Summary && s.Text.Length > 0)?.Text is { } summary
                ? summary.Length > 2000 ? summary[..2000] : summary
                : null,
            WorkHistory = work.Select(w => w.Experience).ToList(),
            Education = education,
            Skills = FindSkills(document, work, lexicon, month),
            Languages = languages,
            Certifications = FindCertifications(document, sections),
            TotalMonthsExperience = totalMonths,
            TotalYearsExperience = Math.Round(totalMonths / 12.0, 1),
            AsOf = month.ToString(),
            Source = ProfileSources.Deterministic,
        };
    }

    /// <summary>Months covered by the ranges with overlaps counted once (open ends count to <paramref name="asOf"/>).</summary>
    public static int MergedMonths(IEnumerable<DateRange> ranges, YearMonth asOf)
    {
        ArgumentNullException.ThrowIfNull(ranges);
        var intervals = ranges
            .Select(r => (Start: r.Start.Ordinal, End: r.Start.Ordinal + r.Months(asOf)))
            .Where(r => r.End > r.Start && r.Start <= asOf.Ordinal)
            .OrderBy(r => r.Start)
            .ToList();
        var total = 0;
        int? currentStart = null, currentEnd = null;
        foreach (var (start, end) in intervals)
        {
            if (currentEnd is null || start > currentEnd)
            {
                total += (currentEnd - currentStart) ?? 0;
                currentStart = start;
                currentEnd = end;
            }
            else
            {
                currentEnd = Math.Max(currentEnd.Value, end);
            }
        }

        total += (currentEnd - currentStart) ?? 0;
        return total;
    }

    private static List<ProfileLine> SectionLines(ExtractedDocument document, ResumeSection section)
    {
        var lines = new List<ProfileLine>(section.EndLine - section.StartLine);
        for (var i = section.StartLine; i < section.EndLine && i < document.Lines.Count; i++)
        {
            var text = document.Lines[i].Text;
            if (i == section.StartLine && section.Kind is not (SectionKind.Header or SectionKind.Body))
            {
                // The heading line carries content only after "Heading:".
                var colon = text.IndexOf(':', StringComparison.Ordinal);
                text = colon >= 0 ? text[(colon + 1)..].Trim() : string.Empty;
            }

            lines.Add(new ProfileLine(i, text));
        }

        return lines;
    }

    private static List<ProfileSkill> FindSkills(ExtractedDocument document, List<WorkEntry> work, SkillLexicon lexicon, YearMonth asOf)
    {
        var lineStarts = new List<int>(document.Lines.Count);
        var offset = 0;
        foreach (var line in document.Lines)
        {
            lineStarts.Add(offset);
            offset += line.Text.Length + 1;
        }

        var skills = new Dictionary<string, (int Mentions, int? LastUsed, int First, int Line)>(StringComparer.OrdinalIgnoreCase);
        foreach (var mention in lexicon.FindMentions(document.Text))
        {
            var lineIndex = lineStarts.BinarySearch(mention.Index);
            lineIndex = lineIndex >= 0 ? lineIndex : ~lineIndex - 1;
            int? year = null;
            foreach (var entry in work)
            {
                if (lineIndex >= entry.FirstLine && lineIndex <= entry.LastLine)
                {
                    var end = entry.Range.End ?? asOf;
                    year = Math.Max(year ?? 0, Math.Min(end.Year, asOf.Year));
                }
            }

            var current = skills.GetValueOrDefault(mention.Skill, (0, null, mention.Index, lineIndex));
            skills[mention.Skill] = (current.Mentions + 1, Max(current.LastUsed, year), current.First, current.Line);
        }

        return skills
            .OrderByDescending(kv => kv.Value.Mentions)
            .ThenBy(kv => kv.Value.First)
            .Select(kv => new ProfileSkill(kv.Key, lexicon.Get(kv.Key)?.Category, kv.Value.Mentions, kv.Value.LastUsed, document.Lines[kv.Value.Line].Text))
            .ToList();
    }

    private static int? Max(int? a, int? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static string? FindName(ExtractedDocument document, IReadOnlyList<ResumeSection> sections)
    {
        foreach (var line in document.Lines)
        {
            var match = NameFieldPattern().Match(line.Text);
            if (match.Success)
            {
                return match.Groups["name"].Value.Trim();
            }
        }

        var header = sections.FirstOrDefault();
        if (header is null || header.Kind is not (SectionKind.Header or SectionKind.Body))
        {
            return null;
        }

        for (var i = header.StartLine; i < Math.Min(header.EndLine, header.StartLine + 6) && i < document.Lines.Count; i++)
        {
            var text = document.Lines[i].Text.Trim();
            if (text.Length == 0)
            {
                continue;
            }

            if (NamePattern().IsMatch(text) && !EntryText.IsTitle(text) && !EntryText.IsCompany(text) && SectionDetector.Classify(text) is null)
            {
                return text;
            }
        }

        return null;
    }

    private static List<string> FindCertifications(ExtractedDocument document, IReadOnlyList<ResumeSection> sections)
    {
        var found = new List<string>();
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var section in sections.Where(s => s.Kind == SectionKind.Certifications))
        {
            foreach (var line in SectionLines(document, section))
            {
                foreach (var item in line.Text.Split(';', StringSplitOptions.TrimEntries))
                {
                    var text = EntryText.StripBullet(item);
                    if (text.Length is >= 2 and <= 150 && text.Any(char.IsLetter) && seen.Add(text) && found.Count < MaxCertifications)
                    {
                        found.Add(text);
                    }
                }
            }
        }

        foreach (var line in document.Lines)
        {
            if (line.Text.Length <= 120 && CertifiedPattern().IsMatch(line.Text))
            {
                var text = EntryText.StripBullet(line.Text);
                if (seen.Add(text) && found.Count < MaxCertifications)
                {
                    found.Add(text);
                }
            }
        }

        return found;
    }

    [GeneratedRegex(@"^\s*(?:name|full name|name und vorname|nom|nombre)\s*:\s*(?<name>[\p{L}][\p{L}.'\- ]{2,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex NameFieldPattern();

    [GeneratedRegex(@"^[\p{Lu}][\p{L}'\-.]*(?:\s+[\p{Lu}][\p{L}'\-.]*){1,3}$")]
    private static partial Regex NamePattern();

    [GeneratedRegex(@"\b(?:certified|certification|zertifiziert|certifié|certificado)\b", RegexOptions.IgnoreCase)]
    private static partial Regex CertifiedPattern();
}
