namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Input of the register step: the upload reference and when the instance started (replay-safe time).</summary>
public sealed record RegisterCandidateInput(IngestCvInput Upload, string InstanceId, DateTimeOffset StartedAt);
