namespace ResumeFlow.Workflows.Ingestion;

/// <summary>A blob-trigger receipt: this blob, at this ETag, was handed to IngestCv.</summary>
public sealed record IngestionReceipt(string Container, string BlobName, string ETag, string CandidateId, string InstanceId);
