namespace ResumeFlow.Workflows.Batches;

public sealed record ApplyBatchInput(string JobId, int Part, int Round, string BatchId, string Artifact, ScreeningBatchTarget? Screening = null);
