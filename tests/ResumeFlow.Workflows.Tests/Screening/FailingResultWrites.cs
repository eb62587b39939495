using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Tests.Screening;

/// <summary>
/// The real document store, with the first <paramref name="failures"/> writes of one candidate's
/// screening result failing as a throttled or unreachable store would: drives the activity's retries.
/// </summary>
internal sealed class FailingResultWrites(IDocumentStore inner, string candidateId, int failures) : IDocumentStore
{
    private int _failed;

    public int Attempts { get; private set; }

    private int _resultWrites;

    /// <summary>Screening results (any candidate's) written through this store: which process did the scoring.</summary>
    public int ResultWrites => Volatile.Read(ref _resultWrites);

    public Task<string> UpsertAsync<T>(string container, string partitionKey, string id, T document, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        if (container == DocumentContainers.Screenings && document is Workflows.Screening.CandidateResultDocument)
        {
            Interlocked.Increment(ref _resultWrites);
        }

        // Only the score itself fails: the failure record the screening writes afterwards must land.
        if (container == DocumentContainers.Screenings && id == candidateId && document is Workflows.Screening.CandidateResultDocument { ErrorCode: null })
        {
            Attempts++;
            if (Interlocked.Increment(ref _failed) <= failures)
            {
                throw new IOException($"Injected write failure {_failed} of {failures} for {candidateId}.");
            }
        }

        return inner.UpsertAsync(container, partitionKey, id, document, ifMatchETag, cancellationToken);
    }

    public Task<StoredDocument<T>?> ReadAsync<T>(string container, string partitionKey, string id, CancellationToken cancellationToken = default)
        => inner.ReadAsync<T>(container, partitionKey, id, cancellationToken);

    public Task<bool> TryCreateAsync<T>(string container, string partitionKey, string id, T document, CancellationToken cancellationToken = default)
        => inner.TryCreateAsync(container, partitionKey, id, document, cancellationToken);

    public Task<bool> DeleteAsync(string container, string partitionKey, string id, CancellationToken cancellationToken = default)
        => inner.DeleteAsync(container, partitionKey, id, cancellationToken);

    public IAsyncEnumerable<T> ReadPartitionAsync<T>(string container, string partitionKey, CancellationToken cancellationToken = default)
        => inner.ReadPartitionAsync<T>(container, partitionKey, cancellationToken);

    public IAsyncEnumerable<T> ReadAllAsync<T>(string container, CancellationToken cancellationToken = default)
        => inner.ReadAllAsync<T>(container, cancellationToken);
}
