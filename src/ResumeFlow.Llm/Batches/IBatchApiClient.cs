namespace ResumeFlow.Llm.Batches;

/// <summary>
/// The provider's Files and Batch APIs, typed. Creation is idempotent: files and batches carry the job's
/// deterministic id (file name and batch metadata) and are looked up before anything is created, so a
/// retried or replayed step never uploads twice or pays for a second batch.
/// </summary>
public interface IBatchApiClient
{
    /// <summary>Uploads a part unless a file named for the same job and part exists; returns the file id.</summary>
    Task<string> UploadFileAsync(string jobId, BatchFilePart part, CancellationToken cancellationToken = default);

    /// <summary>Creates the batch of <paramref name="request"/> unless one with the same job id and input file exists.</summary>
    Task<BatchInfo> CreateBatchAsync(BatchCreateRequest request, CancellationToken cancellationToken = default);

    /// <summary>The batch carrying <paramref name="jobId"/> for <paramref name="inputFileId"/>, or null.</summary>
    Task<BatchInfo?> FindBatchAsync(string jobId, string inputFileId, CancellationToken cancellationToken = default);

    Task<BatchInfo> GetBatchAsync(string batchId, CancellationToken cancellationToken = default);

    Task<BatchInfo> CancelBatchAsync(string batchId, CancellationToken cancellationToken = default);

    /// <summary>The lines of an output or error file.</summary>
    Task<IReadOnlyList<BatchOutputLine>> DownloadResultsAsync(string fileId, CancellationToken cancellationToken = default);

    /// <summary>Whether a provider endpoint is configured; without one the provider holds nothing of ours.</summary>
    bool IsConfigured { get; }

    /// <summary>The provider's recent batches, newest first (as many pages as <see cref="BatchOptions.MaxLookupPages"/>).</summary>
    Task<IReadOnlyList<BatchInfo>> ListBatchesAsync(CancellationToken cancellationToken = default);

    /// <summary>Every file the provider holds for this account or resource: batch inputs, outputs and error files.</summary>
    Task<IReadOnlyList<ProviderFile>> ListFilesAsync(CancellationToken cancellationToken = default);

    /// <summary>A file's content as text.</summary>
    Task<string> DownloadTextAsync(string fileId, CancellationToken cancellationToken = default);

    /// <summary>Deletes a file at the provider; false when it was not there.</summary>
    Task<bool> DeleteFileAsync(string fileId, CancellationToken cancellationToken = default);
}
