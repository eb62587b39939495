using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The LLM pass of one candidate: re-scores a candidate the pre-filter selected and updates its
/// result document (the deterministic score and evidence stay alongside).
/// </summary>
internal sealed class ScreeningLlmScoring(IDocumentStore documents, TimeProvider timeProvider)
{
    public async Task<CandidateScoreSummary> ScoreAsync(ScoreCandidateInput input, CancellationToken cancellationToken)
    {
        var stored = await documents.ReadAsync<CandidateResultDocument>(DocumentContainers.Screenings, input.ScreeningId, input.CandidateId, cancellationToken).ConfigureAwait(false);
        var existing = stored?.Document;
        var failed = (existing ?? new CandidateResultDocument { Id = input.CandidateId, ScreeningId = input.ScreeningId, CandidateId = input.CandidateId }) with
        {
            LlmSelected = true,
            Passed = false,
            ErrorCode = ScreeningErrorCodes.LlmScoreFailed,
            ErrorMessage = "No LLM scorer is available in this process.",
            ScoredAt = timeProvider.GetUtcNow(),
        };
        await documents.UpsertAsync(DocumentContainers.Screenings, input.ScreeningId, input.CandidateId, failed, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new CandidateScoreSummary(input.CandidateId, failed.Score, failed.DeterministicScore, failed.KnockedOut, LlmScored: false, failed.MustHaveCoverage, failed.ErrorCode)
        {
            ErrorMessage = failed.ErrorMessage,
        };
    }
}
