using ResumeFlow.Core.Scoring;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Scores one candidate of a screening: loads its text and stored profile from the stores, scores it (deterministic
/// pass, or the LLM re-score), writes the per-candidate result document (partition = screening id)
/// and returns only a small summary. Problems that belong to the candidate (text missing, the LLM
/// failing after the gateway's own retries) come back as an error code; only unexpected exceptions
/// are left to the engine's retry policy. Idempotent: a re-run overwrites the same document.
/// </summary>
internal sealed class ScoreCandidateActivity(
    IDocumentStore documents,
    ScreeningCandidateLoader candidates,
    ScreeningJobCache jobs,
    ScreeningLlmScoring llm,
    TimeProvider timeProvider, IHostApplicationLifetime lifetime) : TaskActivity<ScoreCandidateInput, CandidateScoreSummary>
{
    private const int EvidenceLines = 4;

    public override async Task<CandidateScoreSummary> RunAsync(TaskActivityContext context, ScoreCandidateInput input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        ArgumentNullException.ThrowIfNull(input);
        return input.Mode == ScoringMode.Llm
            ? await llm.ScoreAsync(input, cancellationToken).ConfigureAwait(false)
            : await ScoreDeterministicAsync(input, cancellationToken).ConfigureAwait(false);
    }

    private async Task<CandidateScoreSummary> ScoreDeterministicAsync(ScoreCandidateInput input, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(input.JobId, cancellationToken).ConfigureAwait(false);
        var candidate = await candidates.LoadAsync(input.CandidateId, input.Blind, cancellationToken).ConfigureAwait(false);
        if (candidate.Error is { } error)
        {
            await documents.UpsertAsync(
                DocumentContainers.Screenings,
                input.ScreeningId,
                input.CandidateId,
                new CandidateResultDocument
                {
                    Id = input.CandidateId,
                    ScreeningId = input.ScreeningId,
                    CandidateId = input.CandidateId,
                    FileName = candidate.FileName,
                    ErrorCode = error,
                    ErrorMessage = candidate.ErrorMessage,
                    ScoredAt = timeProvider.GetUtcNow(),
                },
                cancellationToken: cancellationToken).ConfigureAwait(false);
            return new CandidateScoreSummary(input.CandidateId, 0, 0, KnockedOut: false, LlmScored: false, ErrorCode: error) { ErrorMessage = candidate.ErrorMessage };
        }

        // The candidate model is the stored profile; the scorer builds the same one from the text when none was stored.
        var loaded = candidate.Candidate!;
        var score = job.Score(jobs.Scorer.Extract(new ScoringInput(input.CandidateId, loaded.Text, loaded.Profile)));
        var result = ToResult(input, score, loaded) with { ScoredAt = timeProvider.GetUtcNow() };
        await documents.UpsertAsync(DocumentContainers.Screenings, input.ScreeningId, result.Id, result, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new CandidateScoreSummary(input.CandidateId, result.Score, result.DeterministicScore, score.KnockedOut, LlmScored: false, score.MustHaveCoverage);
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
