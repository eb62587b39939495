namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Input of the save step: the upload, what extraction found (or its error) and the replay-safe time.</summary>
public sealed record SaveCandidateInput(IngestCvInput Upload, ExtractCvOutcome Outcome, string InstanceId, DateTimeOffset CompletedAt);
