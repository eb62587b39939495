namespace ResumeFlow.Workflows.Batches;

/// <summary>Custom status of the batch orchestrations: where they are and what it has cost so far.</summary>
public sealed record BatchProgress(string Phase, int Batches, int BatchesDone, int LinesDone, int LinesFailed, long InputTokens, long OutputTokens, decimal? CostUsd, string? Status = null);
