using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The counters of a batch LLM pass, read back from the result documents the batch results were stored in: an
/// LLM-scored candidate as the chat path would count it, any other as a failed LLM re-score (its deterministic score
/// stands), recorded here when the batch left no error on it.
/// </summary>
internal sealed class CollectScreeningLlmResultsActivity(IDocumentStore documents, CandidateSets sets, IHostApplicationLifetime lifetime)
    : TaskActivity<ScreeningLlmBatchInput, ScreenChunkResult>
{
    public override async Task<ScreenChunkResult> RunAsync(TaskActivityContext context, ScreeningLlmBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = lifetime.ApplicationStopping;
        var tally = new ScreenChunkTally(input.Threshold);
        foreach (var id in await sets.ReadAsync(input.Candidates, cancellationToken).ConfigureAwait(false))
        {
            var stored = await documents.ReadAsync<CandidateResultDocument>(DocumentContainers.Screenings, input.ScreeningId, id, cancellationToken).ConfigureAwait(false);
            if (stored?.Document is { LlmScore: not null, ErrorCode: null } r)
            {
                tally.AddLlm(new CandidateScoreSummary(id, r.Score, r.DeterministicScore, r.KnockedOut, LlmScored: true, r.MustHaveCoverage, null, r.InputTokens, r.OutputTokens, r.CostUsd));
                continue;
            }

            var failed = new CandidateScoreSummary(id, 0, stored?.Document.DeterministicScore ?? 0, false, false, ErrorCode: ScreeningErrorCodes.LlmScoreFailed)
            {
                ErrorMessage = stored?.Document.ErrorMessage ?? "The Batch API returned no valid answer for this candidate.",
            };
            tally.AddLlm(failed);
            tally.Unrecorded(failed, ScoringMode.Llm);
        }

        return tally.ToResult(0);
    }
}
