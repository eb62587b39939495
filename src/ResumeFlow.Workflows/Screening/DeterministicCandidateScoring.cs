using ResumeFlow.Core.Scoring;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The deterministic pass for one candidate: load its text and stored profile, score it against the job,
/// write its result document (partition = screening id) and return the small summary. Shared by the
/// per-candidate activity and the chunk activity. Idempotent: a re-run overwrites the same document.
/// </summary>
internal sealed class DeterministicCandidateScoring(
    IDocumentStore documents,
    ScreeningCandidateLoader candidates,
    ScreeningJobCache jobs,
    CandidateFeatureStore features,
    TimeProvider timeProvider)
{
    public async Task<CandidateScoreSummary> ScoreAsync(ScoreCandidateInput input, CancellationToken cancellationToken)
    {
        var job = await jobs.GetAsync(input.JobId, input.Weights, cancellationToken).ConfigureAwait(false);
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

        // The candidate model is the stored profile (the scorer builds the same one from the text when none was stored),
        // read as the features stored at ingestion when they are current.
        var loaded = candidate.Candidate!;
        var read = await features.GetAsync(new ScoringInput(input.CandidateId, loaded.Text, loaded.Profile), loaded.FeaturesKey, cancellationToken).ConfigureAwait(false);
        var score = job.Score(read);
        var result = ScoreCandidateActivity.ToResult(input, score, loaded) with { ScoredAt = timeProvider.GetUtcNow() };
        await documents.UpsertAsync(DocumentContainers.Screenings, input.ScreeningId, result.Id, result, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new CandidateScoreSummary(input.CandidateId, result.Score, result.DeterministicScore, score.KnockedOut, LlmScored: false, score.MustHaveCoverage);
    }
}
