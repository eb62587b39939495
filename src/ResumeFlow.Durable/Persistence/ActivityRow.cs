namespace ResumeFlow.Durable.Persistence;

/// <summary>An activity scheduled and not yet completed (from history): re-dispatched after a restart, so activities run at least once.</summary>
internal sealed record ActivityRow(string InstanceId, string ExecutionId, int TaskId, string Name, string? Input, int Attempt);
