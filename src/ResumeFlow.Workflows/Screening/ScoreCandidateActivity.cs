using ResumeFlow.Core.Scoring;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Scores one candidate of a screening: loads its text and stored profile from the stores, scores it (deterministic
/// pass, or the LLM re-score), writes the per-candidate result document (partition = screening id)
/// and returns only a small summary. Problems that belong to the candidate (text missing, the LLM
/// failing after the gateway's own retries) come back as an error code; only unexpected exceptions
/// are left to the engine's retry policy. Idempotent: a re-run overwrites the same document.
/// </summary>
internal sealed class ScoreCandidateActivity(
    DeterministicCandidateScoring deterministic,
    ScreeningLlmScoring llm,
    IHostApplicationLifetime lifetime) : TaskActivity<ScoreCandidateInput, CandidateScoreSummary>
{
    private const int EvidenceLines = 4;

    public override async Task<CandidateScoreSummary> RunAsync(TaskActivityContext context, ScoreCandidateInput input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        ArgumentNullException.ThrowIfNull(input);
        return input.Mode == ScoringMode.Llm
            ? await llm.ScoreAsync(input, cancellationToken).ConfigureAwait(false)
            : await deterministic.ScoreAsync(input, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>The deterministic result document of a score: graded requirements, knock-outs with their reasons, evidence.</summary>
    internal static CandidateResultDocument ToResult(ScoreCandidateInput input, CandidateScore score, ScreeningCandidate candidate) => new()
    {
        Id = input.CandidateId,
        ScreeningId = input.ScreeningId,
        CandidateId = input.CandidateId,
        FileName = candidate.FileName,
        CandidateName = candidate.Name,
        Score = score.Score,
        DeterministicScore = score.Score,
        KnockedOut = score.KnockedOut,
        KnockOuts = score.KnockOuts,
        MustHaveCoverage = score.MustHaveCoverage,
        Passed = PassRule.Passes(failed: false, score.KnockedOut, score.Score, input.Threshold),
        MatchedSkills = score.MatchedSkills,
        MissingMustHaves = score.MissingSkills,
        Requirements = score.Requirements,
        Criteria = score.Criteria.Select(c => new CandidateCriterionResult(c.Name, c.Score, c.Weight, c.Evidence, c.Notes)).ToList(),
        Evidence = TopEvidence(score),
    };

    /// <summary>The first evidence line of each criterion, heaviest contribution first, without repeats.</summary>
    internal static List<string> TopEvidence(CandidateScore score) =>
        score.Criteria
            .OrderByDescending(c => c.Weight * c.Score)
            .SelectMany(c => c.Evidence.Take(2))
            .Where(e => !string.IsNullOrWhiteSpace(e))
            .Select(e => e.Trim().TrimStart('-', '*', '•', ' '))
            .Distinct(StringComparer.Ordinal)
            .Take(EvidenceLines)
            .ToList();
}
