using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Skills;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Schemas;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// The optional LLM structured-output profile. The reply is checked against the CV text and the
/// deterministic profile: every employer must be written in the text and every date must be a
/// date the text contains; skills are kept only when the lexicon knows them. Any failure or
/// violation keeps the deterministic profile.
/// </summary>
internal sealed partial class LlmProfileExtractor
{
    private const string PromptVersion = "ingest-profile-v1";

    private const string Instructions = """
        You extract a structured profile from a CV. Use only facts written in the CV; never guess.
        Dates are "YYYY-MM" (use "YYYY-01" when only a year is written); an end written as present,
        current, heute, actuel or actual is null with isCurrent true. Copy employer names exactly as written.
        """;

    // Exported from the reply record, so the schema and the type the reply is read into cannot drift apart.
    private static readonly string Schema = LlmSchema.For<LlmProfileReply>();

    private readonly ILlmGateway? _gateway;
    private readonly ILogger<LlmProfileExtractor> _logger;

    public LlmProfileExtractor(IServiceProvider services, ILogger<LlmProfileExtractor> logger)
    {
        _logger = logger;
        var configured = services.GetService<IOptions<LlmOptions>>()?.Value.IsConfigured ?? false;
        _gateway = configured ? services.GetService<ILlmGateway>() : null;
    }

    public bool IsAvailable => _gateway is not null;

    public async Task<CandidateProfile> ImproveAsync(string candidateId, string text, CandidateProfile deterministic, YearMonth asOf, CancellationToken cancellationToken)
    {
        if (_gateway is null)
        {
            return deterministic;
        }

        var result = await _gateway.CompleteJsonAsync<LlmProfileReply>(
            new LlmRequest
            {
                ItemKey = candidateId,
                Instructions = Instructions,
                JsonSchema = Schema,
                SchemaName = "cv_profile",
                PromptVersion = PromptVersion,
                UntrustedContent = text,
                MaxOutputTokens = 1500,
                Temperature = 0,
                Scope = "ingestion",
            },
            cancellationToken).ConfigureAwait(false);
        if (!result.Success || result.Value is null)
        {
            Log.LlmProfileRejected(_logger, candidateId, result.ErrorCode ?? "empty reply");
            return deterministic;
        }

        var problem = Validate(result.Value, text);
        if (problem is not null)
        {
            Log.LlmProfileRejected(_logger, candidateId, problem);
            return deterministic;
        }

        return Merge(result.Value, deterministic, asOf);
    }

    /// <summary>Why the reply cannot be trusted, or null: an employer or a date that is not in the text.</summary>
    internal static string? Validate(LlmProfileReply reply, string text)
    {
        var normalizedText = Normalize(text);
        var dates = DateRangeParser.FindDates(text);
        foreach (var job in reply.WorkHistory ?? [])
        {
            if (!string.IsNullOrWhiteSpace(job.Company) && !normalizedText.Contains(Normalize(job.Company), StringComparison.Ordinal))
            {
                return $"employer '{job.Company}' is not in the text";
            }

            foreach (var date in new[] { job.Start, job.End })
            {
                if (date is null)
                {
                    continue;
                }

                if (!YearMonth.TryParse(date, out var month))
                {
                    return $"date '{date}' is not YYYY-MM";
                }

                if (!dates.Any(d => d.Date.Year == month.Year && (d.YearOnly ? month.Month is 1 or 12 : d.Date.Month == month.Month)))
                {
                    return $"date '{date}' is not in the text";
                }
            }

            if (job.Start is null)
            {
                return $"job '{job.Title}' has no start date";
            }
        }

        return null;
    }

    private static CandidateProfile Merge(LlmProfileReply reply, CandidateProfile deterministic, YearMonth asOf)
    {
        var work = new List<WorkExperience>();
        var ranges = new List<DateRange>();
        foreach (var job in reply.WorkHistory ?? [])
        {
            YearMonth.TryParse(job.Start, out var start);
            YearMonth? end = YearMonth.TryParse(job.End, out var e) ? e : null;
            var isCurrent = end is null;
            if (end is { } closed && closed < start)
            {
                continue;
            }

            var range = new DateRange(start, end, isCurrent, $"{job.Start} – {job.End ?? "present"}", 0, 0);
            ranges.Add(range);
            work.Add(new WorkExperience(job.Title, job.Company, job.Location, job.Start, end?.ToString(), isCurrent, range.Months(asOf)));
        }

        var lexicon = SkillLexicon.Default;
        var skills = deterministic.Skills.ToList();
        foreach (var skill in reply.Skills ?? [])
        {
            if (lexicon.Normalize(skill) is { } canonical && !skills.Any(s => s.Name.Equals(canonical, StringComparison.OrdinalIgnoreCase)))
            {
                skills.Add(new ProfileSkill(canonical, lexicon.Get(canonical)?.Category, 1, null));
            }
        }

        var months = ProfileBuilder.MergedMonths(ranges, asOf);
        return deterministic with
        {
            WorkHistory = work,
            Education = (reply.Education ?? []).Select(s => new EducationEntry(s.Degree, s.Field, s.Institution, null, YearMonth.TryParse(s.End, out var end) ? end.ToString() : null)).ToList(),
            Skills = skills,
            Languages = (reply.Languages ?? []).Select(l => new LanguageSkill(l.Name, l.Level)).ToList(),
            Certifications = reply.Certifications?.ToList() ?? deterministic.Certifications,
            TotalMonthsExperience = months,
            TotalYearsExperience = Math.Round(months / 12.0, 1),
            Source = ProfileSources.Llm,
        };
    }

    private static string Normalize(string text) => Spaces().Replace(text.ToLowerInvariant(), " ");

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
