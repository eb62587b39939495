namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// The answer to an upload: the candidate id (content hash), the IngestCv instance handling it,
/// and whether that content was already known (then no new work was started).
/// </summary>
public sealed record IngestionStart(string CandidateId, string InstanceId, bool AlreadyKnown, string Container, string BlobName);
