namespace ResumeFlow.Workflows.Ingestion;

/// <summary>The two ways a CV gets in: an upload (stored in <c>cvs</c>, then ingested) and a blob already in <c>cvs</c>.</summary>
public interface ICvIngestionService
{
    /// <summary>
    /// Stores the file in the <c>cvs</c> container under "{id}/{fileName}" and starts IngestCv for it,
    /// unless the same content is already ingested or being ingested. Throws
    /// <see cref="IngestionFailedException"/> (invalid_file_name, file_too_large beyond the upload limit, empty_file).
    /// </summary>
    Task<IngestionStart> UploadAsync(Stream content, string fileName, string? contentType = null, CancellationToken cancellationToken = default);

    /// <summary>Starts IngestCv for a blob already stored (the blob watcher's path); same de-duplication by content hash.</summary>
    Task<IngestionStart> StartFromBlobAsync(string container, string blobName, CancellationToken cancellationToken = default);
}
