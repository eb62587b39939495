namespace ResumeFlow.Durable.Engine;

/// <summary>An activity to run; its row stays in the database until its result is committed.</summary>
internal sealed record ActivityWorkItem(string InstanceId, string ExecutionId, int TaskId, string Name, string? Input, int Attempt);
