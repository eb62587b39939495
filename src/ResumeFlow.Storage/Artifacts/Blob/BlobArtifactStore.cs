using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Models;
using Microsoft.Extensions.Logging;

namespace ResumeFlow.Storage.Artifacts.Blob;

/// <summary>Artifacts in Azure Blob Storage: container = blob container, name = blob name.</summary>
internal sealed class BlobArtifactStore : IArtifactStore
{
    private readonly BlobServiceClient _service;
    private readonly bool _createContainers;
    private readonly ILogger<BlobArtifactStore> _logger;
    private readonly ConcurrentDictionary<string, BlobContainerClient> _ensured = new(StringComparer.Ordinal);

    public BlobArtifactStore(BlobServiceClient service, bool createContainers, ILogger<BlobArtifactStore> logger)
    {
        _service = service;
        _createContainers = createContainers;
        _logger = logger;
    }

    public async Task<string> PutAsync(string container, string name, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);

        var containerClient = await GetContainerAsync(container, cancellationToken).ConfigureAwait(false);
        var options = new BlobUploadOptions { HttpHeaders = new BlobHttpHeaders { ContentType = contentType } };
        var response = await containerClient.GetBlobClient(name).UploadAsync(content, options, cancellationToken).ConfigureAwait(false);
        Log.ArtifactWritten(_logger, container, name);
        return response.Value.ETag.ToString("H");
    }

    public async Task<Stream> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        try
        {
            var response = await _service.GetBlobContainerClient(container).GetBlobClient(name)
                .DownloadStreamingAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            return response.Value.Content;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            throw new ArtifactNotFoundException($"Artifact '{container}/{name}' was not found.", ex);
        }
    }

    public async Task<ArtifactInfo?> GetInfoAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        try
        {
            var properties = await _service.GetBlobContainerClient(container).GetBlobClient(name)
                .GetPropertiesAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            var value = properties.Value;
            return new ArtifactInfo(container, name, value.ContentLength, value.ContentType ?? ContentTypes.FromName(name), value.ETag.ToString("H"), value.LastModified);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
    }

    public async Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        try
        {
            var response = await _service.GetBlobContainerClient(container).GetBlobClient(name)
                .DeleteIfExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (response.Value)
            {
                Log.ArtifactDeleted(_logger, container, name);
            }

            return response.Value;
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            // The container itself does not exist.
            return false;
        }
    }

    public async IAsyncEnumerable<ArtifactInfo> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArtifactNames.ValidateContainer(container);
        ArtifactNames.ValidatePrefix(prefix);
        var containerClient = _service.GetBlobContainerClient(container);
        var pages = containerClient.GetBlobsAsync(BlobTraits.None, BlobStates.None, prefix, cancellationToken).AsPages();
        await using var enumerator = pages.GetAsyncEnumerator(cancellationToken);
        while (true)
        {
            try
            {
                if (!await enumerator.MoveNextAsync().ConfigureAwait(false))
                {
                    yield break;
                }
            }
            catch (RequestFailedException ex) when (ex.Status == 404)
            {
                // A container nobody has written to yet is simply empty.
                yield break;
            }

            // Blob Storage lists in name order already.
            foreach (var item in enumerator.Current.Values)
            {
                var properties = item.Properties;
                yield return new ArtifactInfo(
                    container,
                    item.Name,
                    properties.ContentLength ?? 0,
                    properties.ContentType ?? ContentTypes.FromName(item.Name),
                    properties.ETag?.ToString("H") ?? string.Empty,
                    properties.LastModified ?? DateTimeOffset.MinValue);
            }
        }
    }

    private async Task<BlobContainerClient> GetContainerAsync(string container, CancellationToken cancellationToken)
    {
        if (_ensured.TryGetValue(container, out var existing))
        {
            return existing;
        }

        var client = _service.GetBlobContainerClient(container);
        if (_createContainers)
        {
            var created = await client.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            if (created is not null)
            {
                Log.BlobContainerCreated(_logger, container);
            }
        }

        _ensured.TryAdd(container, client);
        return client;
    }
}
