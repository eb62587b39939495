using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The LLM pass of one candidate: starting from its stored deterministic result, re-scores a candidate the pre-filter selected with
/// <see cref="LlmCandidateScorer"/> (evidence quotes checked against the CV) and updates its result
/// document; the deterministic score stays alongside. A failed LLM call (after the gateway's own
/// retries) is recorded as <see cref="ScreeningErrorCodes.LlmScoreFailed"/> with the gateway's code in
/// the message, and the deterministic score stands until a retry.
/// </summary>
internal sealed class ScreeningLlmScoring(
    IServiceProvider services,
    IDocumentStore documents,
    ScreeningCandidateLoader candidates,
    ScreeningJobCache jobs,
    TimeProvider timeProvider)
{
    public Task<CandidateScoreSummary> ScoreAsync(ScoreCandidateInput input, CancellationToken cancellationToken) =>
        ApplyAsync(input, (job, scoringInput, deterministic, scorer) => scorer.ScoreAsync(job, scoringInput, deterministic, input.ScreeningId, cancellationToken), cancellationToken);

    /// <summary>
    /// Records a candidate's LLM result obtained by <paramref name="scoreWith"/> (a chat call, or a Batch API line) in its
    /// result document, starting from its stored deterministic result.
    /// </summary>
    public async Task<CandidateScoreSummary> ApplyAsync(
        ScoreCandidateInput input,
        Func<JobProfile, ScoringInput, CandidateScore, LlmCandidateScorer, Task<LlmScoringResult>> scoreWith,
        CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(input.JobId, input.Weights, cancellationToken).ConfigureAwait(false);
        var loaded = await candidates.LoadAsync(input.CandidateId, input.Blind, cancellationToken).ConfigureAwait(false);
        var stored = await documents.ReadAsync<CandidateResultDocument>(DocumentContainers.Screenings, input.ScreeningId, input.CandidateId, cancellationToken).ConfigureAwait(false);
        var existing = stored?.Document ?? new CandidateResultDocument { Id = input.CandidateId, ScreeningId = input.ScreeningId, CandidateId = input.CandidateId };
        if (loaded.Candidate is not { } candidate)
        {
            var missing = existing with { ErrorCode = loaded.Error, ErrorMessage = loaded.ErrorMessage, Passed = false, LlmSelected = true, ScoredAt = timeProvider.GetUtcNow() };
            await SaveAsync(missing, cancellationToken).ConfigureAwait(false);
            return new CandidateScoreSummary(input.CandidateId, 0, existing.DeterministicScore, false, false, ErrorCode: loaded.Error) { ErrorMessage = loaded.ErrorMessage };
        }

        // The LLM pass starts from the deterministic result the first pass stored; it scores again only when that is
        // missing or already replaced by an LLM score (a retry).
        var scoringInput = new ScoringInput(input.CandidateId, candidate.Text, candidate.Profile);
        var deterministic = stored?.Document is { ErrorCode: null, LlmScore: null, Criteria.Count: > 0 } first
            ? FromResult(first)
            : job.Score(jobs.Scorer.Extract(scoringInput));
        var scorer = services.GetRequiredService<LlmCandidateScorer>();
        var result = await scoreWith(job.Job, scoringInput, deterministic, scorer).ConfigureAwait(false);
        var inputTokens = (int)result.Usage.InputTokens;
        var outputTokens = (int)result.Usage.OutputTokens;

        if (!result.LlmScored)
        {
            var message = $"[{result.ErrorCode}] {result.ErrorMessage}";
            var failed = existing with
            {
                LlmSelected = true,
                Passed = false,
                ErrorCode = ScreeningErrorCodes.LlmScoreFailed,
                ErrorMessage = message,
                InputTokens = inputTokens,
                OutputTokens = outputTokens,
                CostUsd = result.CostUsd,
                ScoredAt = timeProvider.GetUtcNow(),
            };
            await SaveAsync(failed, cancellationToken).ConfigureAwait(false);
            return new CandidateScoreSummary(input.CandidateId, 0, existing.DeterministicScore, false, false, ErrorCode: ScreeningErrorCodes.LlmScoreFailed, InputTokens: inputTokens, OutputTokens: outputTokens, CostUsd: result.CostUsd)
            {
                ErrorMessage = message,
            };
        }

        var score = result.Score;
        var knockedOut = score.KnockOuts.Count > 0;
        var rescored = existing with
        {
            FileName = candidate.FileName,
            CandidateName = candidate.Name,
            Score = score.Score,
            DeterministicScore = deterministic.Score,
            LlmScore = score.Score,
            LlmSelected = true,
            KnockedOut = knockedOut,
            KnockOuts = score.KnockOuts,
            MissingMustHaves = score.MissingSkills,
            MatchedSkills = score.MatchedSkills,
            Requirements = deterministic.Requirements,
            MustHaveCoverage = deterministic.MustHaveCoverage,
            Passed = PassRule.Passes(failed: false, knockedOut, score.Score, input.Threshold),
            Criteria = score.Criteria.Select(c => new CandidateCriterionResult(c.Name, c.Score, c.Weight, c.Evidence, c.Notes)).ToList(),
            Evidence = ScoreCandidateActivity.TopEvidence(score),
            LlmModel = result.Model,
            LlmRequestId = result.RequestId,
            InputTokens = inputTokens,
            OutputTokens = outputTokens,
            CostUsd = result.CostUsd,
            ErrorCode = null,
            ErrorMessage = null,
            ScoredAt = timeProvider.GetUtcNow(),
        };
        await SaveAsync(rescored, cancellationToken).ConfigureAwait(false);
        return new CandidateScoreSummary(input.CandidateId, score.Score, deterministic.Score, knockedOut, LlmScored: true, deterministic.MustHaveCoverage, null, inputTokens, outputTokens, result.CostUsd);
    }

    private static CandidateScore FromResult(CandidateResultDocument result) =>
        new(
            result.CandidateId,
            result.DeterministicScore,
            result.Criteria.Select(c => new CriterionScore(c.Name, c.Weight, c.Score, c.Evidence, c.Note ?? string.Empty)).ToList(),
            result.KnockOuts,
            result.MatchedSkills,
            result.MissingMustHaves,
            result.MustHaveCoverage)
        {
            Requirements = result.Requirements,
        };

    private Task SaveAsync(CandidateResultDocument document, CancellationToken cancellationToken) =>
        documents.UpsertAsync(DocumentContainers.Screenings, document.ScreeningId, document.Id, document, cancellationToken: cancellationToken);
}
