using ResumeFlow.Core.Candidates;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Resolves "all ingested candidates" to their ids (the container's read feed), sorted so chunks are stable.</summary>
internal sealed class ListScreeningCandidatesActivity(IDocumentStore documents, IHostApplicationLifetime lifetime) : TaskActivity<object?, IReadOnlyList<string>>
{
    public override async Task<IReadOnlyList<string>> RunAsync(TaskActivityContext context, object? input)
    {
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
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
