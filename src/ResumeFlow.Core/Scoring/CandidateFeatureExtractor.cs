using System.Net;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Sections;
using ResumeFlow.Core.Skills;

namespace ResumeFlow.Core.Scoring;

/// <summary>
/// Reads a CV once into <see cref="CandidateFeatures"/>. The candidate model is the structured profile (the stored
/// one, or one built from the text by <see cref="ProfileBuilder"/>): its sections, dated roles with overlaps merged,
/// skills with the line that shows each, and education. Only the line terms for text matching are computed here.
/// </summary>
internal static class CandidateFeatureExtractor
{
    private const int MaxContextLines = 4;
    private const int TitleSearchLines = 3;

    public static CandidateFeatures Extract(ScoringInput candidate, SkillLexicon lexicon, DateOnly asOf)
    {
        var document = DocumentExtractor.FromText(candidate.Text);
        var sections = SectionDetector.Detect(document);
        var month = new YearMonth(asOf.Year, asOf.Month);
        var profile = candidate.Profile ?? ProfileBuilder.Build(document, sections, month, lexicon);

        var kinds = new SectionKind?[document.Lines.Count];
        var headingLines = new HashSet<int>();
        foreach (var section in sections)
        {
            for (var i = section.StartLine; i < section.EndLine && i < kinds.Length; i++)
            {
                kinds[i] = section.Kind;
            }

            // "Languages: C#, Python" opens a section and shows skills: only a heading with nothing after it is no evidence.
            if (section.Kind is not (SectionKind.Header or SectionKind.Body) && section.StartLine < document.Lines.Count
                && !HasInlineContent(document.Lines[section.StartLine].Text))
            {
                headingLines.Add(section.StartLine);
            }
        }

        // Evidence is quoted as the CV wrote it: each document line is matched back to its raw line (bullets and
        // Markdown marks the extractor removed included).
        var raw = candidate.Text.Split('\n').Select(l => l.Trim()).ToList();
        var plainRaw = raw.Select(Plain).ToList();
        var cursor = 0;
        var lines = new List<string>();
        var lineKinds = new List<SectionKind?>();
        var headings = new List<bool>();
        for (var i = 0; i < document.Lines.Count; i++)
        {
            var line = document.Lines[i].Text.Trim();
            if (line.Length > 0 && !line.All(c => c is '*' or '-' or '_' or '=' or '#'))
            {
                var plain = Plain(line);
                var at = plain.Length == 0 ? -1 : plainRaw.FindIndex(cursor, r => r.Contains(plain, StringComparison.Ordinal));
                if (at >= 0)
                {
                    line = raw[at];
                    cursor = at + 1;
                }

                lines.Add(line);
                lineKinds.Add(kinds[i]);
                headings.Add(headingLines.Contains(i));
            }
        }

        var lineTerms = new List<HashSet<string>>(lines.Count);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var usable = new bool[lines.Count];
        var length = 0;
        var skillTerms = new HashSet<string>(StringComparer.Ordinal);
        var listedSkills = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var skillLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var hasSkillsSection = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var tokens = TextTerms.Tokens(lines[i]);
            var terms = TextTerms.Terms(tokens);
            length += terms.Count;
            foreach (var t in terms)
            {
                frequencies[t] = frequencies.GetValueOrDefault(t) + 1;
            }

            var set = terms.ToHashSet(StringComparer.Ordinal);
            all.UnionWith(set);
            lineTerms.Add(set);
            usable[i] = !headings[i] && EvidenceLine.IsUsable(lines[i], tokens);
            if (lineKinds[i] == SectionKind.Skills)
            {
                hasSkillsSection = true;
                skillTerms.UnionWith(set);
                foreach (var mention in lexicon.FindMentions(lines[i]))
                {
                    listedSkills.Add(mention.Skill);
                }
            }
        }

        // Each skill's line is the profile's; a profile without lines (an LLM's) gets the first usable line naming it.
        Dictionary<string, int>? mentions = null;
        foreach (var skill in profile.Skills)
        {
            var index = skill.Line?.Trim() is { Length: > 0 } text ? lines.FindIndex(l => l.Contains(text, StringComparison.Ordinal)) : -1;
            if (index < 0 || !usable[index])
            {
                mentions ??= FirstMentions(lines, usable, lexicon);
                index = mentions.GetValueOrDefault(skill.Name, -1);
            }

            if (index >= 0)
            {
                skillLines.TryAdd(skill.Name, index);
            }
        }

        var experience = Experience(profile, lines, usable, headings, month);
        var totalYears = profile.WorkHistory.Count > 0 || profile.TotalYearsExperience > 0
            ? Math.Round(profile.TotalMonthsExperience > 0 ? profile.TotalMonthsExperience / 12.0 : profile.TotalYearsExperience, 2)
            : Math.Round(experience.Sum(e => e.Years), 2);
        var education = Education(profile, lines, lineKinds);

        return new CandidateFeatures(
            candidate.CandidateId,
            profile,
            lines,
            lineTerms,
            usable,
            all,
            frequencies,
            length,
            skillLines,
            experience,
            totalYears,
            education,
            hasSkillsSection ? new ListedSkills(skillTerms, listedSkills) : null);
    }

    private static bool HasInlineContent(string heading)
    {
        var colon = heading.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 && heading[(colon + 1)..].Any(char.IsLetterOrDigit);
    }

    // HTML entities, Markdown emphasis and runs of spaces are how a raw line differs from the extracted one.
    private static string Plain(string line)
        => IsPlain(line) ? line : string.Join(' ', WebUtility.HtmlDecode(line).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .Select(w => w.Replace("*", string.Empty, StringComparison.Ordinal).Replace("_", string.Empty, StringComparison.Ordinal)
                .Replace("`", string.Empty, StringComparison.Ordinal))
            .Where(w => w.Length > 0));

    // Most lines have nothing Plain would change: a trimmed line of single spaces, without entities or emphasis marks.
    private static bool IsPlain(string line)
    {
        if (line.Length > 0 && (char.IsWhiteSpace(line[0]) || char.IsWhiteSpace(line[^1])))
        {
            return false;
        }

        for (var i = 0; i < line.Length; i++)
        {
            var c = line[i];
            if (c is '&' or '*' or '_' or '`' || (char.IsWhiteSpace(c) && (c != ' ' || line[i - 1] == ' ')))
            {
                return false;
            }
        }

        return true;
    }

    // Skill → the first usable line naming it, else the first line naming it: one pass over the lines for all skills.
    private static Dictionary<string, int> FirstMentions(List<string> lines, bool[] usable, SkillLexicon lexicon)
    {
        var first = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < lines.Count; i++)
        {
            foreach (var mention in lexicon.FindMentions(lines[i]))
            {
                if (!first.TryGetValue(mention.Skill, out var known) || (usable[i] && !usable[known]))
                {
                    first[mention.Skill] = i;
                }
            }
        }

        return first;
    }

    private static List<ExperienceEntry> Experience(CandidateProfile profile, List<string> lines, bool[] usable, List<bool> headings, YearMonth asOf)
    {
        var entries = new List<ExperienceEntry>();
        if (profile.WorkHistory.Count == 0)
        {
            // "5 years as a baker" counts only in a CV without dated jobs; next to dated jobs it restates them.
            for (var i = 0; i < lines.Count; i++)
            {
                if (!headings[i] && YearsPhrase.Parse(lines[i]) is { } stated)
                {
                    var terms = TextTerms.ContentTerms(lines[i]).ToHashSet(StringComparer.Ordinal);
                    entries.Add(new ExperienceEntry(usable[i] ? i : null, stated.Years, null, null, terms, terms));
                }
            }

            return entries;
        }

        var open = YearMonth.TryParse(profile.AsOf, out var profileAsOf) ? profileAsOf : asOf;
        var cursor = 0;
        foreach (var job in profile.WorkHistory)
        {
            var dateLine = job.DateText is { Length: > 0 } dates ? IndexOf(lines, dates, cursor) : -1;
            cursor = dateLine >= 0 ? dateLine + 1 : cursor;
            var titleLine = job.Title is { Length: > 0 } title ? IndexNear(lines, title, dateLine) : -1;
            var evidence = Pick(usable, titleLine, dateLine, job.Company is { Length: > 0 } company ? IndexNear(lines, company, dateLine) : -1);

            var titleText = string.Join(' ', new[] { job.Title, job.Company }.Where(s => !string.IsNullOrWhiteSpace(s)));
            var titleTerms = TextTerms.ContentTerms(titleText).ToHashSet(StringComparer.Ordinal);
            titleTerms.UnionWith(HeaderTerms(lines, headings, dateLine));
            var context = new HashSet<string>(titleTerms, StringComparer.Ordinal);
            var description = (job.Description ?? string.Empty).Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            foreach (var d in description.Take(MaxContextLines))
            {
                context.UnionWith(TextTerms.Terms(d));
            }

            if (evidence is null)
            {
                // No header line says more than the dates: the first line of the description shows the job.
                foreach (var d in description)
                {
                    var index = IndexOf(lines, d, Math.Max(0, dateLine));
                    if (index >= 0 && usable[index])
                    {
                        evidence = index;
                        break;
                    }
                }
            }

            int? start = YearMonth.TryParse(job.Start, out var s) ? s.Ordinal : null;
            int? end = job.IsCurrent ? open.Ordinal + 1 : YearMonth.TryParse(job.End, out var e) ? e.Ordinal + 1 : null;
            var years = (job.Months ?? (start is { } a && end is { } b ? b - a : 0)) / 12.0;
            entries.Add(new ExperienceEntry(evidence, years, start, end, titleTerms, context));
        }

        return entries;
    }

    // The words around the dates name the job: the rest of the dated line, and when that says little ("Experience:
    // 2017 - 2021") the undated lines just above it ("Role: Android Developer", "Company: ABC Corp.").
    private static HashSet<string> HeaderTerms(List<string> lines, List<bool> headings, int dateLine)
    {
        var terms = new HashSet<string>(StringComparer.Ordinal);
        if (dateLine < 0)
        {
            return terms;
        }

        terms.UnionWith(TextTerms.ContentTerms(WithoutDates(lines[dateLine])));
        for (var i = dateLine - 1; i >= 0 && i >= dateLine - 2 && terms.Count < 2 && !headings[i] && DateRangeParser.FindRanges(lines[i]).Count == 0; i--)
        {
            terms.UnionWith(TextTerms.ContentTerms(lines[i]));
        }

        return terms;
    }

    private static string WithoutDates(string line)
    {
        foreach (var range in DateRangeParser.FindRanges(line).Reverse())
        {
            line = line.Remove(range.Index, range.Length);
        }

        return line;
    }

    private static int? Pick(bool[] usable, params int[] candidates)
    {
        foreach (var c in candidates)
        {
            if (c >= 0 && usable[c])
            {
                return c;
            }
        }

        return null;
    }

    private static int IndexOf(List<string> lines, string text, int from)
    {
        var wanted = text.Trim();
        for (var pass = 0; pass < 2; pass++)
        {
            for (var i = Math.Max(0, from); i < lines.Count; i++)
            {
                if (Collapse(lines[i]).Contains(wanted, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }

            // A range split over two lines is one text in the profile; the line holding its start shows it.
            var words = wanted.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length <= 2)
            {
                break;
            }

            wanted = string.Join(' ', words.Take(2));
        }

        return -1;
    }

    private static int IndexNear(List<string> lines, string text, int around)
    {
        if (around < 0)
        {
            return IndexOf(lines, text, 0);
        }

        for (var distance = 0; distance <= TitleSearchLines; distance++)
        {
            foreach (var i in new[] { around - distance, around + distance })
            {
                if (i >= 0 && i < lines.Count && lines[i].Contains(text, StringComparison.OrdinalIgnoreCase))
                {
                    return i;
                }
            }
        }

        return -1;
    }

    private static string Collapse(string line) => string.Join(' ', line.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static EducationLevel? Education(CandidateProfile profile, List<string> lines, List<SectionKind?> kinds)
    {
        EducationLevel? best = null;
        foreach (var entry in profile.Education)
        {
            if (Enum.TryParse<EducationLevel>(entry.Level, ignoreCase: true, out var level) && (best is null || level > best))
            {
                best = level;
            }
        }

        for (var i = 0; i < lines.Count; i++)
        {
            // Outside the education section only explicit degrees count ("diploma" alone may be anything).
            var levels = EducationLevels.Find(lines[i]);
            var usable = kinds[i] == SectionKind.Education ? levels : levels.Where(l => l >= EducationLevel.Associate || l == EducationLevel.HighSchool);
            foreach (var level in usable)
            {
                if (best is null || level > best)
                {
                    best = level;
                }
            }
        }

        return best;
    }
}
