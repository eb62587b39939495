namespace ResumeFlow.Workflows.Batches;

/// <summary>A batch run as the orchestration client sees it: runtime status, progress, and the result JSON once finished.</summary>
public sealed record BatchRunStatus(string InstanceId, string RuntimeStatus, BatchProgress? Progress, string? ResultJson);
