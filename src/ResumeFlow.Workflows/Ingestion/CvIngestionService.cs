using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Starts IngestCv once per file content: the instance id is derived from the content hash, and a
/// candidate already ingested (or failed on the same bytes), or an instance already running or
/// completed, is returned instead of starting new work.
/// </summary>
internal sealed class CvIngestionService(
    IArtifactStore artifacts,
    IDocumentStore documents,
    DurableTaskClient client,
    IngestionReceipts receipts,
    IOptions<IngestionOptions> options,
    ILogger<CvIngestionService> logger) : ICvIngestionService
{
    public async Task<IngestionStart> UploadAsync(Stream content, string fileName, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var safeName = SafeFileName(fileName);
        var bytes = await ReadBoundedAsync(content, options.Value.MaxUploadBytes, cancellationToken).ConfigureAwait(false);
        var candidateId = CandidateId.FromContent(bytes);
        var blobName = $"{candidateId}/{safeName}";
        var type = string.IsNullOrWhiteSpace(contentType) || contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            ? IngestionContentTypes.FromFileName(safeName)
            : contentType;

        var info = await artifacts.GetInfoAsync(ArtifactContainers.Cvs, blobName, cancellationToken).ConfigureAwait(false);
        string etag;
        if (info is null)
        {
            using var stream = new MemoryStream(bytes, writable: false);
            etag = await artifacts.PutAsync(ArtifactContainers.Cvs, blobName, stream, type, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            etag = info.ETag;
        }

        var start = await StartAsync(new IngestCvInput(candidateId, ArtifactContainers.Cvs, blobName, safeName, type), cancellationToken).ConfigureAwait(false);

        // The watcher sees this blob too; the receipt tells it the upload is handled.
        await receipts.WriteAsync(ArtifactContainers.Cvs, blobName, etag, start, cancellationToken).ConfigureAwait(false);
        return start;
    }

    public async Task<IngestionStart> StartFromBlobAsync(string container, string blobName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(container);
        ArgumentException.ThrowIfNullOrEmpty(blobName);
        var info = await artifacts.GetInfoAsync(container, blobName, cancellationToken).ConfigureAwait(false)
            ?? throw new ArtifactNotFoundException(container, blobName);
        string candidateId;
        var stream = await artifacts.OpenReadAsync(container, blobName, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            candidateId = await CandidateId.FromStreamAsync(stream, cancellationToken).ConfigureAwait(false);
        }

        var fileName = blobName[(blobName.LastIndexOf('/') + 1)..];
        var contentType = info.ContentType is { Length: > 0 } declared && declared != IngestionContentTypes.OctetStream ? declared : IngestionContentTypes.FromFileName(fileName);
        return await StartAsync(new IngestCvInput(candidateId, container, blobName, fileName, contentType), cancellationToken).ConfigureAwait(false);
    }

    private async Task<IngestionStart> StartAsync(IngestCvInput input, CancellationToken cancellationToken)
    {
        var instanceId = IngestionTaskNames.InstanceIdFor(input.CandidateId);
        var known = await IsKnownAsync(input.CandidateId, instanceId, cancellationToken).ConfigureAwait(false);
        if (!known)
        {
            await client.ScheduleNewOrchestrationInstanceAsync(IngestionTaskNames.IngestCv, input, new StartOrchestrationOptions(instanceId), cancellationToken).ConfigureAwait(false);
        }

        Log.IngestionStarted(logger, input.Container, input.BlobName, instanceId, input.CandidateId, known);
        return new IngestionStart(input.CandidateId, instanceId, known, input.Container, input.BlobName);
    }

    private async Task<bool> IsKnownAsync(string candidateId, string instanceId, CancellationToken cancellationToken)
    {
        var candidate = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, candidateId, candidateId, cancellationToken).ConfigureAwait(false);
        if (candidate?.Document.Status is CandidateStatus.Ingested or CandidateStatus.Failed)
        {
            return true;
        }

        // Pending: an instance is at work (or died with its host and resumes on restart); only a
        // terminated or vanished instance needs a new start.
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return instance is not null && (instance.IsRunning || instance.RuntimeStatus == OrchestrationRuntimeStatus.Completed);
    }

    private static string SafeFileName(string fileName)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/').Trim());
        var cleaned = new string(name.Where(c => !char.IsControl(c) && c is not ('/' or '?' or '#' or '%')).ToArray()).Trim();
        if (cleaned.Length == 0 || cleaned is "." or ".." || cleaned.Length > 200)
        {
            throw new IngestionFailedException(IngestionErrorCodes.InvalidFileName, $"'{fileName}' is not a usable file name.");
        }

        return cleaned;
    }

    private static async Task<byte[]> ReadBoundedAsync(Stream content, long maxBytes, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken).ConfigureAwait(false)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > maxBytes)
            {
                throw new IngestionFailedException(DocumentErrorCodes.FileTooLarge, $"The upload is larger than {maxBytes:N0} bytes and was not stored.");
            }
        }

        return buffer.ToArray();
    }
}
