namespace ResumeFlow.Workflows.Batches;

/// <summary>How a continuous run ended: batches run, totals, and whether a stop request ended it.</summary>
public sealed record ContinuousBatchResult(int Jobs, BatchTally Total, bool Stopped);
