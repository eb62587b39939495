namespace ResumeFlow.Orchestration;

/// <summary>Options for starting an instance (<c>Microsoft.DurableTask.StartOrchestrationOptions</c>).</summary>
public sealed record StartOrchestrationOptions(string? InstanceId = null, DateTimeOffset? StartAt = null);
