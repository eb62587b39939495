namespace ResumeFlow.Workflows.Batches;

/// <summary>State of <see cref="ContinuousBatchOrchestrator"/> through ContinueAsNew.</summary>
public sealed record ContinuousBatchInput(BatchExtractInput Batch, int NumBatches, int Completed = 0, BatchTally? Total = null);
