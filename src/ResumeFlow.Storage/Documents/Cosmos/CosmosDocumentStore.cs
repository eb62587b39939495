using System.Net;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.Logging;

namespace ResumeFlow.Storage.Documents.Cosmos;

/// <summary>
/// Documents in Cosmos DB for NoSQL through the stream APIs (our own System.Text.Json
/// serialization): point reads and writes, upserts and ETag-conditional replaces,
/// single-partition queries and read feeds — the subset the emulator supports.
/// </summary>
internal sealed class CosmosDocumentStore : IDocumentStore, IDisposable
{
    private readonly CosmosClient _client;
    private readonly string _databaseName;
    private readonly bool _createIfNotExists;
    private readonly ILogger<CosmosDocumentStore> _logger;
    private readonly SemaphoreSlim _readyLock = new(1, 1);
    private readonly ItemRequestOptions? _pointReadOptions;
    private volatile bool _ready;

    public CosmosDocumentStore(CosmosClient client, string databaseName, bool createIfNotExists, ILogger<CosmosDocumentStore> logger)
    {
        _client = client;
        _databaseName = databaseName;
        _createIfNotExists = createIfNotExists;
        _logger = logger;

        // cosmosdb-server answers a point read of a missing document with 500 instead of 404 unless
        // this header skips its partition check; only a loopback (emulator) endpoint gets it.
        _pointReadOptions = client.Endpoint.IsLoopback
            ? new ItemRequestOptions { AddRequestHeaders = headers => headers.Add("x-ms-documentdb-query-enablecrosspartition", "true") }
            : null;
    }

    public async Task<StoredDocument<T>?> ReadAsync<T>(string container, string partitionKey, string id, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        DocumentJson.ValidateKeys(partitionKey, id);
        var target = await GetContainerAsync(container, cancellationToken).ConfigureAwait(false);
        using var response = await target.ReadItemStreamAsync(id, new PartitionKey(partitionKey), _pointReadOptions, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }

        response.EnsureSuccessStatusCode();
        using var json = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
        return new StoredDocument<T>(DocumentJson.Deserialize<T>(json.RootElement), response.Headers.ETag);
    }

    public async Task<string> UpsertAsync<T>(string container, string partitionKey, string id, T document, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        var body = DocumentJson.Serialize(container, partitionKey, id, document);
        var target = await GetContainerAsync(container, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(body, writable: false);

        // A conditional write is a replace: it must find the document with that ETag, never create one.
        using var response = ifMatchETag is null
            ? await target.UpsertItemStreamAsync(stream, new PartitionKey(partitionKey), cancellationToken: cancellationToken).ConfigureAwait(false)
            : await target.ReplaceItemStreamAsync(stream, id, new PartitionKey(partitionKey), new ItemRequestOptions { IfMatchEtag = ifMatchETag }, cancellationToken).ConfigureAwait(false);
        if (ifMatchETag is not null && response.StatusCode is HttpStatusCode.PreconditionFailed or HttpStatusCode.NotFound)
        {
            throw new DocumentConflictException(
                $"document_etag_mismatch: '{container}/{partitionKey}/{id}' no longer has ETag {ifMatchETag} (changed or deleted by another writer).");
        }

        response.EnsureSuccessStatusCode();
        return response.Headers.ETag;
    }

    public async Task<bool> TryCreateAsync<T>(string container, string partitionKey, string id, T document, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        var body = DocumentJson.Serialize(container, partitionKey, id, document);
        var target = await GetContainerAsync(container, cancellationToken).ConfigureAwait(false);
        using var stream = new MemoryStream(body, writable: false);
        using var response = await target.CreateItemStreamAsync(stream, new PartitionKey(partitionKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.Conflict)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    public async Task<bool> DeleteAsync(string container, string partitionKey, string id, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        DocumentJson.ValidateKeys(partitionKey, id);
        var target = await GetContainerAsync(container, cancellationToken).ConfigureAwait(false);
        using var response = await target.DeleteItemStreamAsync(id, new PartitionKey(partitionKey), cancellationToken: cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }

        response.EnsureSuccessStatusCode();
        return true;
    }

    public IAsyncEnumerable<T> ReadPartitionAsync<T>(string container, string partitionKey, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        ArgumentException.ThrowIfNullOrEmpty(partitionKey);

        // Scoped to one partition by the request option; the filter repeats it so the result is right
        // even where a partition header is ignored.
        var query = new QueryDefinition($"SELECT * FROM c WHERE c[\"{DocumentJson.PartitionKeyProperty(container)}\"] = @pk")
            .WithParameter("@pk", partitionKey);
        return ReadFeedAsync<T>(container, query, new QueryRequestOptions { PartitionKey = new PartitionKey(partitionKey) }, cancellationToken);
    }

    public IAsyncEnumerable<T> ReadAllAsync<T>(string container, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);

        // No query text: the SDK reads the container's feed, which needs no cross-partition query support.
        return ReadFeedAsync<T>(container, query: null, requestOptions: null, cancellationToken);
    }

    public void Dispose()
    {
        _client.Dispose();
        _readyLock.Dispose();
    }

    private async IAsyncEnumerable<T> ReadFeedAsync<T>(string container, QueryDefinition? query, QueryRequestOptions? requestOptions, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var target = await GetContainerAsync(container, cancellationToken).ConfigureAwait(false);
        using var iterator = target.GetItemQueryStreamIterator(query, requestOptions: requestOptions);
        while (iterator.HasMoreResults)
        {
            using var response = await iterator.ReadNextAsync(cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            using var page = await JsonDocument.ParseAsync(response.Content, cancellationToken: cancellationToken).ConfigureAwait(false);
            if (!page.RootElement.TryGetProperty("Documents", out var documents))
            {
                continue;
            }

            foreach (var document in documents.EnumerateArray())
            {
                yield return DocumentJson.Deserialize<T>(document);
            }
        }
    }

    private async Task<Container> GetContainerAsync(string container, CancellationToken cancellationToken)
    {
        if (!_ready)
        {
            await EnsureReadyAsync(cancellationToken).ConfigureAwait(false);
        }

        return _client.GetContainer(_databaseName, container);
    }

    private async Task EnsureReadyAsync(CancellationToken cancellationToken)
    {
        await _readyLock.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            if (_ready)
            {
                return;
            }

            if (_createIfNotExists)
            {
                var database = (await _client.CreateDatabaseIfNotExistsAsync(_databaseName, cancellationToken: cancellationToken).ConfigureAwait(false)).Database;
                foreach (var name in DocumentContainers.All)
                {
                    await database.CreateContainerIfNotExistsAsync(new ContainerProperties(name, DocumentContainers.PartitionKeyPath(name)), cancellationToken: cancellationToken).ConfigureAwait(false);
                }

                Log.CosmosReady(_logger, _databaseName, _client.Endpoint);
            }

            _ready = true;
        }
        finally
        {
            _readyLock.Release();
        }
    }
}
