namespace ResumeFlow.Storage.Documents;

/// <summary>
/// JSON documents by container, partition key and id (Cosmos DB NoSQL, or SQLite on the embedded
/// default). Only what the Cosmos emulator supports is offered: point reads and writes, upserts
/// with ETags, single-partition reads and a container read feed; ordering happens in memory.
/// </summary>
public interface IDocumentStore
{
    Task<StoredDocument<T>?> ReadAsync<T>(string container, string partitionKey, string id, CancellationToken cancellationToken = default);

    /// <summary>
    /// Inserts or replaces a document; returns its new ETag. With <paramref name="ifMatchETag"/> the
    /// write succeeds only if the stored document still has that ETag, else
    /// <see cref="DocumentConflictException"/> is thrown.
    /// </summary>
    Task<string> UpsertAsync<T>(string container, string partitionKey, string id, T document, string? ifMatchETag = null, CancellationToken cancellationToken = default);

    /// <summary>Inserts a document only if none exists with that id; returns false when one does.</summary>
    Task<bool> TryCreateAsync<T>(string container, string partitionKey, string id, T document, CancellationToken cancellationToken = default);

    Task<bool> DeleteAsync(string container, string partitionKey, string id, CancellationToken cancellationToken = default);

    /// <summary>Every document of one partition (e.g. one screening and its results).</summary>
    IAsyncEnumerable<T> ReadPartitionAsync<T>(string container, string partitionKey, CancellationToken cancellationToken = default);

    /// <summary>Every document of a container, as a read feed (no query), e.g. all ingested candidates.</summary>
    IAsyncEnumerable<T> ReadAllAsync<T>(string container, CancellationToken cancellationToken = default);
}
