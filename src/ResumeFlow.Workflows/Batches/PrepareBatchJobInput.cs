namespace ResumeFlow.Workflows.Batches;

public sealed record PrepareBatchJobInput(string JobId, int BatchSize);
