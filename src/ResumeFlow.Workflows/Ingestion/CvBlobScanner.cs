using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// One scan of an upload container, as the Functions blob trigger's default (scan + receipts) mode:
/// every blob version without a receipt is handed to IngestCv, then receipted. A crash between
/// start and receipt is harmless: the start is idempotent by content hash.
/// </summary>
public sealed class CvBlobScanner(IArtifactStore artifacts, ICvIngestionService ingestion, IngestionReceipts receipts, ILogger<CvBlobScanner> logger)
{
    // Blob versions known to be receipted, so a steady container costs one listing per scan.
    private readonly ConcurrentDictionary<string, string> _receipted = new(StringComparer.Ordinal);

    /// <summary>Scans <paramref name="container"/> once; returns the starts made (including already-known contents).</summary>
    public async Task<IReadOnlyList<IngestionStart>> ScanAsync(string container = ArtifactContainers.Cvs, CancellationToken cancellationToken = default)
    {
        var starts = new List<IngestionStart>();
        await foreach (var blob in artifacts.ListAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var key = container + "/" + blob.Name;
            if (_receipted.TryGetValue(key, out var etag) && etag == blob.ETag)
            {
                continue;
            }

            if (await receipts.HasAsync(container, blob.Name, blob.ETag, cancellationToken).ConfigureAwait(false))
            {
                _receipted[key] = blob.ETag;
                continue;
            }

            IngestionStart start;
            try
            {
                start = await ingestion.StartFromBlobAsync(container, blob.Name, cancellationToken).ConfigureAwait(false);
            }
            catch (ArtifactNotFoundException)
            {
                continue;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                // Left without a receipt: the next scan tries again.
                Log.BlobStartFailed(logger, container, blob.Name, ex.Message);
                continue;
            }

            await receipts.WriteAsync(container, blob.Name, blob.ETag, start, cancellationToken).ConfigureAwait(false);
            _receipted[key] = blob.ETag;
            starts.Add(start);
        }

        return starts;
    }
}
