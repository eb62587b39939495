namespace ResumeFlow.Workflows.Batches;

/// <summary>What a finished batch gave: totals, and the input file of the lines to run again (failed, expired, missing or invalid).</summary>
public sealed record AppliedBatch(BatchTally Tally, string? RetryArtifact, int RetryLines);
