using ResumeFlow.Core.Candidates;
using ResumeFlow.Orchestration;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Resolves "all ingested candidates" to their ids (the container's read feed), sorted so chunks are stable.</summary>
internal sealed class ListScreeningCandidatesActivity(IDocumentStore documents) : Activity<object?, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(ActivityContext context, object? input, CancellationToken cancellationToken)
    {
        var ids = new List<string>();
        await foreach (var doc in documents.ReadAllAsync<CandidateDocument>(DocumentContainers.Candidates, cancellationToken).ConfigureAwait(false))
        {
            if (doc.Status == CandidateStatus.Ingested)
            {
                ids.Add(doc.Id);
            }
        }

        ids.Sort(StringComparer.Ordinal);
        return ids;
    }
}
