namespace ResumeFlow.Orchestration;

/// <summary>Options for a sub-orchestration, with an optional fixed instance id (<c>Microsoft.DurableTask.SubOrchestrationOptions</c>).</summary>
public sealed record SubOrchestrationOptions(RetryPolicy? Retry = null, string? InstanceId = null) : TaskOptions(Retry);
