using System.Runtime.CompilerServices;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// The extraction-state index: one partition of <see cref="DocumentContainers.Indexes"/> with a row per candidate,
/// written when a candidate is ingested and when its profile is extracted, so selecting the candidates to extract
/// is one single-partition read instead of a cross-partition query over candidates.
/// </summary>
internal sealed class ExtractionIndex(IDocumentStore documents, TimeProvider time)
{
    public const string Partition = "extraction-state";

    /// <summary>Adds a candidate as not yet LLM-extracted (kept as it is when already indexed).</summary>
    public Task<bool> AddAsync(string candidateId, CancellationToken cancellationToken = default)
        => documents.TryCreateAsync(DocumentContainers.Indexes, Partition, candidateId, new ExtractionStateEntry { Id = candidateId }, cancellationToken);

    /// <summary>Stamps a candidate processed by <paramref name="promptVersion"/>.</summary>
    public Task MarkExtractedAsync(string candidateId, string promptVersion, string jobId, CancellationToken cancellationToken = default)
        => documents.UpsertAsync(
            DocumentContainers.Indexes,
            Partition,
            candidateId,
            new ExtractionStateEntry { Id = candidateId, PromptVersion = promptVersion, ExtractedAt = time.GetUtcNow(), JobId = jobId },
            cancellationToken: cancellationToken);

    /// <summary>Candidates never LLM-extracted, or by another prompt version, in id order (stable across retries).</summary>
    public async IAsyncEnumerable<string> PendingAsync(string promptVersion, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var pending = new List<string>();
        await foreach (var entry in documents.ReadPartitionAsync<ExtractionStateEntry>(DocumentContainers.Indexes, Partition, cancellationToken).ConfigureAwait(false))
        {
            if (entry.PromptVersion != promptVersion)
            {
                pending.Add(entry.Id);
            }
        }

        pending.Sort(StringComparer.Ordinal);
        foreach (var id in pending)
        {
            yield return id;
        }
    }
}
