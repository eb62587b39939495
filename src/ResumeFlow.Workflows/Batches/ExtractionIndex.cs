using System.Runtime.CompilerServices;
using ResumeFlow.Core.Candidates;
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

    // Kept out of the index partition so the marker is never mistaken for a candidate.
    private const string MarkerPartition = "extraction-state-backfill";
    private const string MarkerId = "done";

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

    /// <summary>
    /// Indexes the ingested candidates stored before the index existed (their ingestion wrote no row), once: a marker
    /// records that the read feed was walked. Idempotent: existing rows are kept, so a re-run or a crash mid-way only
    /// adds what is missing. Returns how many rows it added.
    /// </summary>
    public async Task<int> BackfillAsync(CancellationToken cancellationToken = default)
    {
        if (await documents.ReadAsync<ExtractionStateEntry>(DocumentContainers.Indexes, MarkerPartition, MarkerId, cancellationToken).ConfigureAwait(false) is not null)
        {
            return 0;
        }

        var added = 0;
        await foreach (var candidate in documents.ReadAllAsync<CandidateDocument>(DocumentContainers.Candidates, cancellationToken).ConfigureAwait(false))
        {
            if (candidate.Status == CandidateStatus.Ingested && await AddAsync(candidate.Id, cancellationToken).ConfigureAwait(false))
            {
                added++;
            }
        }

        await documents.UpsertAsync(
            DocumentContainers.Indexes,
            MarkerPartition,
            MarkerId,
            new ExtractionStateEntry { Id = MarkerId, ExtractedAt = time.GetUtcNow() },
            cancellationToken: cancellationToken).ConfigureAwait(false);
        return added;
    }

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
