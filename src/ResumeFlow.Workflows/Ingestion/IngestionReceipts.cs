using System.Text.Json;
using Microsoft.Extensions.Options;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Receipts of blobs already handed to IngestCv, stored like the Functions blob trigger's
/// (<c>azure-webjobs-hosts/blobreceipts/{hostId}/IngestCv/{container}/{blob}</c>) and keyed by ETag:
/// a blob is started once per version, also across restarts.
/// </summary>
public sealed class IngestionReceipts(IArtifactStore artifacts, IOptions<IngestionOptions> options)
{
    public async Task<bool> HasAsync(string container, string blobName, string etag, CancellationToken cancellationToken = default)
    {
        var receipt = await ReadAsync(container, blobName, cancellationToken).ConfigureAwait(false);
        return receipt is not null && receipt.ETag == etag;
    }

    public async Task<IngestionReceipt?> ReadAsync(string container, string blobName, CancellationToken cancellationToken = default)
    {
        try
        {
            var stream = await artifacts.OpenReadAsync(options.Value.ReceiptsContainer, Name(container, blobName), cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync<IngestionReceipt>(stream, IngestionJson.Options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (ArtifactNotFoundException)
        {
            return null;
        }
        catch (JsonException)
        {
            // A damaged receipt is treated as none: the start is idempotent anyway.
            return null;
        }
    }

    public async Task WriteAsync(string container, string blobName, string etag, IngestionStart start, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(start);
        var receipt = new IngestionReceipt(container, blobName, etag, start.CandidateId, start.InstanceId);
        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(receipt, IngestionJson.Options));
        await artifacts.PutAsync(options.Value.ReceiptsContainer, Name(container, blobName), json, "application/json", cancellationToken).ConfigureAwait(false);
    }

    private string Name(string container, string blobName) => $"blobreceipts/{options.Value.HostId}/{IngestionTaskNames.IngestCv}/{container}/{blobName}";
}
