using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Skills;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Schemas;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The optional LLM structured-output job analysis. Its reply is checked against the job text: every
/// skill must be one the lexicon knows and the text names, the minimum years must be a number the
/// text contains, and the title must be written in it. Any failure or violation keeps the
/// deterministic analysis, which also supplies everything the reply does not cover.
/// </summary>
internal sealed partial class LlmJobAnalyzer
{
    private const string PromptVersion = "job-analysis-v1";

    private const string Instructions = """
        You read a job description and list what it requires. Must-have skills are those the text
        states as required; nice-to-have skills are those it calls optional, preferred or a plus.
        Skills a candidate would merely use on the job (the duties) are not requirements. Use only
        what is written; copy skill names as written.
        """;

    // Exported from the reply record, so the schema and the type the reply is read into cannot drift apart.
    private static readonly string Schema = LlmSchema.For<LlmJobReply>();

    private readonly ILlmGateway? _gateway;
    private readonly ILogger<LlmJobAnalyzer> _logger;

    public LlmJobAnalyzer(IServiceProvider services, ILogger<LlmJobAnalyzer> logger)
    {
        _logger = logger;
        var configured = services.GetService<IOptions<LlmOptions>>()?.Value.IsConfigured ?? false;
        var wanted = services.GetService<IOptions<LlmScoringOptions>>()?.Value.AnalyzeJobs ?? false;
        _gateway = configured && wanted ? services.GetService<ILlmGateway>() : null;
    }

    /// <summary>Returns the LLM's reading of the job when it passes validation, else <paramref name="deterministic"/>.</summary>
    public async Task<JobProfile> ImproveAsync(JobProfile deterministic, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(deterministic);
        if (_gateway is null)
        {
            return deterministic;
        }

        var result = await _gateway.CompleteJsonAsync<LlmJobReply>(
            new LlmRequest
            {
                ItemKey = "job-" + deterministic.Id,
                Instructions = Instructions,
                JsonSchema = Schema,
                SchemaName = "job_requirements",
                PromptVersion = PromptVersion,
                UntrustedContent = deterministic.Text,
                MaxOutputTokens = 800,
                Temperature = 0,
                Scope = "jobs",
            },
            cancellationToken).ConfigureAwait(false);
        if (!result.Success || result.Value is null)
        {
            LogRejected(_logger, deterministic.Id, result.ErrorCode ?? "empty reply");
            return deterministic;
        }

        var problem = Validate(result.Value, deterministic.Text, SkillLexicon.Default);
        if (problem is not null)
        {
            LogRejected(_logger, deterministic.Id, problem);
            return deterministic;
        }

        return Merge(result.Value, deterministic, SkillLexicon.Default);
    }

    /// <summary>Why the reply cannot be trusted, or null.</summary>
    internal static string? Validate(LlmJobReply reply, string jobText, SkillLexicon lexicon)
    {
        var named = lexicon.FindSkills(jobText);
        foreach (var skill in (reply.MustHaveSkills ?? []).Concat(reply.NiceToHaveSkills ?? []))
        {
            var canonical = lexicon.Normalize(skill);
            if (canonical is null)
            {
                return $"skill '{skill}' is not in the lexicon";
            }

            if (!named.Contains(canonical))
            {
                return $"skill '{skill}' is not named in the job text";
            }
        }

        if ((reply.MustHaveSkills ?? []).Count == 0)
        {
            return "no must-have skill";
        }

        if (reply.MinimumYears is { } years
            && !Numbers().Matches(jobText).Any(m => double.Parse(m.Value, CultureInfo.InvariantCulture) == years))
        {
            return $"minimum years {years} is not in the job text";
        }

        if (!string.IsNullOrWhiteSpace(reply.Title) && !Collapse(jobText).Contains(Collapse(reply.Title), StringComparison.Ordinal))
        {
            return $"title '{reply.Title}' is not in the job text";
        }

        return null;
    }

    internal static JobProfile Merge(LlmJobReply reply, JobProfile deterministic, SkillLexicon lexicon)
    {
        var mustHave = Canonical(reply.MustHaveSkills, lexicon);
        var niceToHave = Canonical(reply.NiceToHaveSkills, lexicon)
            .Where(s => !mustHave.Contains(s, StringComparer.OrdinalIgnoreCase))
            .ToList();
        // The scorer reads the per-line requirements: re-mark the deterministic ones by the reply, drop
        // those the reply reads as duties, and add a requirement for each skill the lines did not cover.
        var requirements = new List<SkillRequirement>();
        var covered = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var requirement in deterministic.Requirements)
        {
            if (requirement.Skills.Count == 0)
            {
                requirements.Add(requirement);
                continue;
            }

            var must = requirement.Skills.Any(s => mustHave.Contains(s, StringComparer.OrdinalIgnoreCase));
            if (must || requirement.Skills.Any(s => niceToHave.Contains(s, StringComparer.OrdinalIgnoreCase)))
            {
                requirements.Add(requirement with { MustHave = must });
                covered.UnionWith(requirement.Skills);
            }
        }

        foreach (var skill in mustHave.Concat(niceToHave).Where(s => !covered.Contains(s)))
        {
            var line = deterministic.Text.Split('\n').FirstOrDefault(l => lexicon.FindSkills(l).Contains(skill))?.Trim() ?? skill;
            requirements.Add(new SkillRequirement(skill, mustHave.Contains(skill, StringComparer.OrdinalIgnoreCase), [skill], line, null));
        }

        return deterministic with
        {
            Title = string.IsNullOrWhiteSpace(reply.Title) ? deterministic.Title : reply.Title.Trim(),
            MustHaveSkills = mustHave,
            NiceToHaveSkills = niceToHave,
            Requirements = requirements,
            MinimumYears = reply.MinimumYears ?? deterministic.MinimumYears,
            Location = reply.Location ?? deterministic.Location,
            Remote = reply.Remote ?? deterministic.Remote,
        };
    }

    private static List<string> Canonical(IReadOnlyList<string>? skills, SkillLexicon lexicon)
        => (skills ?? []).Select(s => lexicon.Normalize(s)!).Distinct(StringComparer.OrdinalIgnoreCase).ToList();

    private static string Collapse(string text) => Spaces().Replace(text.ToLowerInvariant(), " ");

    [LoggerMessage(EventId = 6200, Level = LogLevel.Warning, Message = "The LLM analysis of job {JobId} was not used: {Reason}")]
    private static partial void LogRejected(ILogger logger, string jobId, string reason);

    [GeneratedRegex(@"\d+(?:\.\d+)?")]
    private static partial Regex Numbers();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Spaces();
}
