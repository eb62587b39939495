using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Skills;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Turns a validated batch reply into a <see cref="CandidateProfile"/>: every date standardised to "YYYY-MM" (an
/// open end is a null end with IsCurrent), skills kept only when the lexicon knows them, experience recomputed.
/// </summary>
internal static class BatchProfileMapper
{
    public static CandidateProfile ToProfile(BatchProfileReply reply, YearMonth asOf)
    {
        var work = new List<WorkExperience>();
        var ranges = new List<DateRange>();
        foreach (var position in (reply.Positions ?? []).Take(7))
        {
            var start = ProfileDateFormatter.Standardise(position.Start);
            var end = ProfileDateFormatter.Standardise(position.End);
            var isCurrent = end == ProfileDateFormatter.Present;
            int? months = null;
            if (YearMonth.TryParse(start, out var from))
            {
                YearMonth? to = YearMonth.TryParse(end, out var t) ? t : null;
                if (to is null && !isCurrent)
                {
                    // An end that is neither a date nor "present" is unknown: count nothing rather than guess.
                    to = from;
                }

                if (to is not { } closed || closed >= from)
                {
                    var range = new DateRange(from, to, isCurrent, $"{start} – {end ?? ProfileDateFormatter.Present}", 0, 0);
                    ranges.Add(range);
                    months = range.Months(asOf);
                }
            }

            work.Add(new WorkExperience(position.Title, position.Company, position.Location, start, isCurrent ? null : end, isCurrent, months, $"{position.Start} – {position.End}"));
        }

        var lexicon = SkillLexicon.Default;
        var skills = (reply.Skills ?? []).Concat((reply.TechnicalSkills ?? []).SelectMany(g => g.Names))
            .Select(lexicon.Normalize)
            .OfType<string>()
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(name => new ProfileSkill(name, lexicon.Get(name)?.Category, 1, null))
            .ToList();
        var total = ProfileBuilder.MergedMonths(ranges, asOf);
        return new CandidateProfile
        {
            Name = reply.Name,
            Contacts = new ContactDetails(Listed(reply.Email), Listed(reply.Phone), []),
            Summary = reply.Summary,
            WorkHistory = work,
            Education = (reply.Education ?? []).Select(e => new EducationEntry(e.Degree, e.Field, e.Institution, Date(e.Start), Date(e.End))).ToList(),
            Skills = skills,
            Certifications = reply.Certifications?.ToList() ?? [],
            TotalMonthsExperience = total,
            TotalYearsExperience = Math.Round(total / 12.0, 1),
            AsOf = asOf.ToString(),
            Source = ProfileSources.Llm,
        };
    }

    private static string? Date(string? text) => ProfileDateFormatter.Standardise(text);

    private static IReadOnlyList<string> Listed(string? value) => string.IsNullOrWhiteSpace(value) ? [] : [value];
}
