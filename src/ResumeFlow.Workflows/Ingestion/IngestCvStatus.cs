namespace ResumeFlow.Workflows.Ingestion;

/// <summary>IngestCv's custom status: the current step (see <see cref="IngestionSteps"/>) and, on failure, the error code.</summary>
public sealed record IngestCvStatus(string Step, string CandidateId, string? FileName = null, string? Error = null);
