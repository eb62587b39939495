using System.Security.Cryptography;
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
/// Starts IngestCv once per file content, for the HTTP upload, the blob watcher and the CLI alike: the
/// instance id is derived from the content hash, and a candidate already ingested, or an instance
/// already running or completed, is returned instead of starting new work. A failed candidate is
/// tried again when its bytes come again.
/// </summary>
internal sealed class CvIngestionService(
    IArtifactStore artifacts,
    IDocumentStore documents,
    DurableTaskClient client,
    IngestionReceipts receipts,
    IOptions<IngestionOptions> options,
    ILogger<CvIngestionService> logger) : ICvIngestionService
{
    /// <summary>Where request bodies land while they are hashed (not <c>cvs</c>: the watcher must not see them).</summary>
    public const string StagingContainer = "cv-uploads";

    public async Task<IngestionStart> UploadAsync(Stream content, string fileName, string? contentType = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(content);
        var safeName = SafeFileName(fileName);
        var limit = options.Value.UploadLimit;
        var type = string.IsNullOrWhiteSpace(contentType) || contentType.StartsWith("multipart/", StringComparison.OrdinalIgnoreCase)
            ? IngestionContentTypes.FromFileName(safeName)
            : contentType;

        // A file (seekable) is hashed first, so known content costs no write; a request body is
        // streamed into a staging blob while it is hashed, never held in memory.
        string? staged = null;
        try
        {
            string candidateId;
            if (content.CanSeek)
            {
                if (content.Length - content.Position > limit)
                {
                    throw TooLarge(limit);
                }

                var origin = content.Position;
                candidateId = await CandidateId.FromStreamAsync(content, cancellationToken).ConfigureAwait(false);
                content.Position = origin;
            }
            else
            {
                staged = $"incoming/{RandomNumberGenerator.GetHexString(32, lowercase: true)}";
                using var hashing = new HashingLimitStream(content, limit);
                await artifacts.PutAsync(StagingContainer, staged, hashing, IngestionContentTypes.OctetStream, cancellationToken).ConfigureAwait(false);
                candidateId = hashing.CandidateId();
            }

            var blobName = $"{candidateId}/{safeName}";
            var info = await artifacts.GetInfoAsync(ArtifactContainers.Cvs, blobName, cancellationToken).ConfigureAwait(false);
            string etag;
            if (info is not null)
            {
                etag = info.ETag;
            }
            else if (staged is null)
            {
                etag = await artifacts.PutAsync(ArtifactContainers.Cvs, blobName, content, type, cancellationToken).ConfigureAwait(false);
            }
            else
            {
                var copy = await artifacts.OpenReadAsync(StagingContainer, staged, cancellationToken).ConfigureAwait(false);
                await using (copy.ConfigureAwait(false))
                {
                    etag = await artifacts.PutAsync(ArtifactContainers.Cvs, blobName, copy, type, cancellationToken).ConfigureAwait(false);
                }
            }

            var start = await StartAsync(new IngestCvInput(candidateId, ArtifactContainers.Cvs, blobName, safeName, type), cancellationToken).ConfigureAwait(false);

            // The watcher sees this blob too; the receipt tells it the upload is handled.
            await receipts.WriteAsync(ArtifactContainers.Cvs, blobName, etag, start, cancellationToken).ConfigureAwait(false);
            return start;
        }
        finally
        {
            if (staged is not null)
            {
                // Also after a rejected or broken upload: nothing of it is kept.
                await artifacts.DeleteAsync(StagingContainer, staged, CancellationToken.None).ConfigureAwait(false);
            }
        }
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
        if (candidate?.Document.Status is CandidateStatus.Ingested)
        {
            return true;
        }

        // Pending: an instance is at work (or died with its host and resumes on restart); only a
        // terminated or vanished instance needs a new start. Failed: the same bytes came again
        // (perhaps under a name that fixes the failure, e.g. .pdf instead of .txt), so they are
        // tried again, unless a retry is already at work; the engine restarts a finished instance.
        var instance = await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        if (instance?.IsRunning == true)
        {
            return true;
        }

        return candidate?.Document.Status is not CandidateStatus.Failed
            && instance?.RuntimeStatus == OrchestrationRuntimeStatus.Completed;
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

    private static IngestionFailedException TooLarge(long limit)
        => new(DocumentErrorCodes.FileTooLarge, $"The upload is larger than {limit:N0} bytes and was not stored.");
}
