using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Skills;

namespace ResumeFlow.Core.Scoring;

/// <summary>Reads a CV's text once into <see cref="CandidateFeatures"/>: lines and their terms, skills, jobs, years, education.</summary>
internal static class CandidateFeatureExtractor
{
    private const int MaxContextLines = 4;

    public static CandidateFeatures Extract(ScoringInput candidate, SkillLexicon lexicon, DateOnly asOf)
    {
        var lines = new List<string>();
        foreach (var raw in candidate.Text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n'))
        {
            var line = raw.Trim();
            if (line.Length > 0 && !line.All(c => c is '*' or '-' or '_' or '=' or '#'))
            {
                lines.Add(line);
            }
        }

        var lineTerms = new List<HashSet<string>>(lines.Count);
        var all = new HashSet<string>(StringComparer.Ordinal);
        var frequencies = new Dictionary<string, int>(StringComparer.Ordinal);
        var skillLines = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var headings = new bool[lines.Count];
        var educationSection = new bool[lines.Count];
        var length = 0;
        var inEducation = false;
        var inSkills = false;
        var skillTerms = new HashSet<string>(StringComparer.Ordinal);
        var listedSkills = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var hasSkillsSection = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var heading = TextLines.Heading(lines[i]);
            if (heading is not null)
            {
                headings[i] = true;
                inEducation = heading.Contains("educat", StringComparison.OrdinalIgnoreCase)
                    || heading.Contains("academic", StringComparison.OrdinalIgnoreCase)
                    || heading.Contains("qualification", StringComparison.OrdinalIgnoreCase);
                inSkills = SkillsHeading(heading);
                hasSkillsSection |= inSkills;
            }

            educationSection[i] = inEducation;
            var terms = TextTerms.Terms(lines[i]);
            length += terms.Count;
            foreach (var t in terms)
            {
                frequencies[t] = frequencies.GetValueOrDefault(t) + 1;
            }

            var set = terms.ToHashSet(StringComparer.Ordinal);
            all.UnionWith(set);
            lineTerms.Add(set);
            foreach (var mention in lexicon.FindMentions(lines[i]))
            {
                skillLines.TryAdd(mention.Skill, i);
                if (inSkills)
                {
                    listedSkills.Add(mention.Skill);
                }
            }

            if (inSkills)
            {
                skillTerms.UnionWith(set);
            }
        }

        var experience = Experience(lines, lineTerms, headings, educationSection, asOf);
        var totalYears = TotalYears(experience);
        var education = Education(lines, educationSection);
        if (candidate.Profile is { } profile)
        {
            if (totalYears <= 0 && profile.TotalYearsExperience > 0)
            {
                totalYears = Math.Round(profile.TotalYearsExperience, 2);
            }

            foreach (var entry in profile.Education)
            {
                if (Enum.TryParse<EducationLevel>(entry.Level, ignoreCase: true, out var level) && (education is null || level > education))
                {
                    education = level;
                }
            }
        }

        return new CandidateFeatures(
            candidate.CandidateId,
            lines,
            lineTerms,
            all,
            frequencies,
            length,
            skillLines,
            experience,
            totalYears,
            education,
            hasSkillsSection ? new ListedSkills(skillTerms, listedSkills) : null);
    }

    private static bool SkillsHeading(string heading)
        => heading.Contains("skill", StringComparison.OrdinalIgnoreCase)
            || heading.Contains("competenc", StringComparison.OrdinalIgnoreCase)
            || heading.Contains("expertise", StringComparison.OrdinalIgnoreCase)
            || heading.Contains("technolog", StringComparison.OrdinalIgnoreCase)
            || heading.Contains("proficienc", StringComparison.OrdinalIgnoreCase)
            || heading.Contains("strengths", StringComparison.OrdinalIgnoreCase)
            || heading.Contains("tools", StringComparison.OrdinalIgnoreCase);

    private static List<ExperienceEntry> Experience(List<string> lines, List<HashSet<string>> lineTerms, bool[] headings, bool[] educationSection, DateOnly asOf)
    {
        var entries = new List<ExperienceEntry>();

        // Years of study are not years of experience.
        var periods = lines.Select((l, i) => educationSection[i] ? [] : DateRanges.Find(l, asOf)).ToList();

        // "5 years as a baker" counts only in a CV without dates; next to dated jobs it restates them ("a four-year tenure").
        var anyDates = periods.Any(p => p.Count > 0);
        for (var i = 0; i < lines.Count; i++)
        {
            if (periods[i].Count == 0)
            {
                if (!anyDates && !headings[i] && YearsPhrase.Parse(lines[i]) is { } stated)
                {
                    var terms = TextTerms.ContentTerms(lines[i]).ToHashSet(StringComparer.Ordinal);
                    entries.Add(new ExperienceEntry(i, stated.Years, null, null, terms, terms));
                }

                continue;
            }

            foreach (var period in periods[i])
            {
                var line = lines[i];
                var withoutDates = line.Remove(period.Index, period.Length);
                var title = TextTerms.ContentTerms(withoutDates).ToHashSet(StringComparer.Ordinal);

                // A date on its own line ("2019 - 2021", "Years: 2017 - 2021") belongs to the title above it.
                if (title.Count < 2 && i > 0 && !headings[i - 1] && periods[i - 1].Count == 0)
                {
                    title.UnionWith(TextTerms.ContentTerms(lines[i - 1]));
                    if (title.Count < 2 && i > 1 && !headings[i - 2] && periods[i - 2].Count == 0)
                    {
                        title.UnionWith(TextTerms.ContentTerms(lines[i - 2]));
                    }
                }

                var context = new HashSet<string>(title, StringComparer.Ordinal);
                for (var j = i + 1; j < lines.Count && j <= i + MaxContextLines && !headings[j] && periods[j].Count == 0; j++)
                {
                    context.UnionWith(lineTerms[j]);
                }

                entries.Add(new ExperienceEntry(i, period.Years, period.StartMonth, period.EndMonth, title, context));
            }
        }

        return entries;
    }

    // Overlapping periods count once; years stated without dates are added on top.
    private static double TotalYears(List<ExperienceEntry> entries)
    {
        var dated = entries.Where(e => e.StartMonth is not null && e.EndMonth is not null)
            .Select(e => (Start: e.StartMonth!.Value, End: e.EndMonth!.Value))
            .OrderBy(p => p.Start)
            .ToList();
        var months = 0;
        var currentStart = -1;
        var currentEnd = -1;
        foreach (var (start, end) in dated)
        {
            if (start > currentEnd)
            {
                months += currentEnd - currentStart;
                currentStart = start;
                currentEnd = end;
            }
            else
            {
                currentEnd = Math.Max(currentEnd, end);
            }
        }

        months += currentEnd - currentStart;
        var undated = entries.Where(e => e.StartMonth is null).Sum(e => e.Years);
        return Math.Round((months / 12.0) + undated, 2);
    }

    private static EducationLevel? Education(List<string> lines, bool[] educationSection)
    {
        EducationLevel? best = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var levels = EducationLevels.Find(lines[i]);
            // Outside an education section only explicit degrees count ("diploma" alone may be anything).
            var usable = educationSection[i] ? levels : levels.Where(l => l >= EducationLevel.Associate || l == EducationLevel.HighSchool);
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
