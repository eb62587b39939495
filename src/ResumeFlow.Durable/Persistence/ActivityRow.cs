namespace ResumeFlow.Durable.Persistence;

/// <summary>An activity scheduled and not yet completed: re-dispatched after a restart (at least once).</summary>
internal sealed record ActivityRow(string InstanceId, string ExecutionId, int TaskId, string Name, string? Input, int Attempt);
