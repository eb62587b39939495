namespace ResumeFlow.Workflows.Batches;

/// <summary>Input of <see cref="BatchExtractProfilesOrchestrator"/>; <paramref name="JobId"/> null uses the instance id.</summary>
public sealed record BatchExtractInput(int BatchSize, TimeSpan CheckInterval, int MaxResubmissions, string? JobId = null);
