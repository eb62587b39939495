namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Input of the extraction step; <paramref name="AsOf"/> ("YYYY-MM", from the orchestration clock) is the month "present" counts to.</summary>
public sealed record ExtractCvInput(IngestCvInput Upload, string AsOf);
