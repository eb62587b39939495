using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// The candidate search index: one partition of <see cref="DocumentContainers.Indexes"/> with a row per
/// candidate, rewritten whenever the candidate document is, so listing and searching candidates (by name,
/// file name or skill) is one single-partition read — the Cosmos emulator rejects cross-partition queries,
/// and a read feed over <c>candidates</c> would load every document.
/// </summary>
public static class CandidateSearchIndex
{
    public const string Partition = "candidate-search";

    public static Task WriteAsync(IDocumentStore documents, CandidateDocument candidate, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        ArgumentNullException.ThrowIfNull(candidate);
        return documents.UpsertAsync(DocumentContainers.Indexes, Partition, candidate.Id, CandidateSearchEntry.From(candidate), cancellationToken: cancellationToken);
    }

    /// <summary>Candidates matching every word of <paramref name="query"/> (all of them when empty), newest first.</summary>
    public static async Task<IReadOnlyList<CandidateSearchEntry>> SearchAsync(IDocumentStore documents, string? query, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(documents);
        var terms = (query ?? string.Empty).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var found = new List<CandidateSearchEntry>();
        await foreach (var entry in documents.ReadPartitionAsync<CandidateSearchEntry>(DocumentContainers.Indexes, Partition, cancellationToken).ConfigureAwait(false))
        {
            if (terms.All(entry.Matches))
            {
                found.Add(entry);
            }
        }

        return [.. found.OrderByDescending(e => e.CreatedAt).ThenBy(e => e.FileName, StringComparer.Ordinal)];
    }
}
