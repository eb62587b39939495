using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The LLM pre-filter at the fan-in of the deterministic pass: reads the run's stored results, chooses the candidates
/// to re-score (<see cref="ScreeningRanking.SelectForLlm"/>, or on a retry those chosen before that scored), stores the
/// choice as a candidate set, best first, and returns its range, so the orchestration never holds the ids.
/// </summary>
internal sealed class SelectLlmCandidatesActivity(IDocumentStore documents, CandidateSets sets, IHostApplicationLifetime lifetime)
    : TaskActivity<SelectLlmCandidatesInput, CandidateRange>
{
    public override async Task<CandidateRange> RunAsync(TaskActivityContext context, SelectLlmCandidatesInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        var members = (await sets.ReadAsync(input.Candidates, cancellationToken).ConfigureAwait(false)).ToHashSet(StringComparer.Ordinal);
        var summaries = new Dictionary<string, CandidateScoreSummary>(StringComparer.Ordinal);
        await foreach (var r in ScreeningPartition.ReadResultsAsync(documents, input.ScreeningId, cancellationToken).ConfigureAwait(false))
        {
            if (members.Contains(r.CandidateId))
            {
                summaries[r.CandidateId] = new CandidateScoreSummary(r.CandidateId, r.Score, r.DeterministicScore, r.KnockedOut, r.LlmScore is not null, r.MustHaveCoverage, r.ErrorCode);
            }
        }

        var selected = input.Chosen is { } chosen
            ? (await sets.ReadAsync(chosen, cancellationToken).ConfigureAwait(false))
                .Where(id => summaries.TryGetValue(id, out var s) && !s.Failed)
                .Order(StringComparer.Ordinal)
                .ToList()
            : ScreeningRanking.SelectForLlm(summaries.Values, input.TopK, input.MinScore);
        return await sets.WriteAsync(CandidateSets.Name(input.ScreeningId, input.InstanceId, "llm"), selected, cancellationToken).ConfigureAwait(false);
    }
}
