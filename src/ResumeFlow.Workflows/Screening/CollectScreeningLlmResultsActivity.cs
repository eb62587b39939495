using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The summaries of a batch LLM pass, read back from the result documents the batch results were stored in: an
/// LLM-scored candidate as the chat path would summarise it, any other as a failed LLM re-score (its deterministic score stands).
/// </summary>
internal sealed class CollectScreeningLlmResultsActivity(IDocumentStore documents, IHostApplicationLifetime lifetime)
    : TaskActivity<ScreeningLlmBatchInput, IReadOnlyList<CandidateScoreSummary>>
{
    public override async Task<IReadOnlyList<CandidateScoreSummary>> RunAsync(TaskActivityContext context, ScreeningLlmBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = lifetime.ApplicationStopping;
        var summaries = new List<CandidateScoreSummary>(input.CandidateIds.Count);
        foreach (var id in input.CandidateIds)
        {
            var stored = await documents.ReadAsync<CandidateResultDocument>(DocumentContainers.Screenings, input.ScreeningId, id, cancellationToken).ConfigureAwait(false);
            summaries.Add(stored?.Document is { LlmScore: not null, ErrorCode: null } r
                ? new CandidateScoreSummary(id, r.Score, r.DeterministicScore, r.KnockedOut, LlmScored: true, r.MustHaveCoverage, null, r.InputTokens, r.OutputTokens, r.CostUsd)
                : new CandidateScoreSummary(id, 0, 0, false, false, ErrorCode: ScreeningErrorCodes.LlmScoreFailed)
                {
                    ErrorMessage = stored?.Document.ErrorMessage ?? "The Batch API returned no valid answer for this candidate.",
                });
        }

        return summaries;
    }
}
