namespace ResumeFlow.Durable.Engine;

/// <summary>A client's request to start (or restart a finished) instance; acknowledged once committed.</summary>
internal sealed record StartCommand(string Name, string InstanceId, string? Input, DateTime? StartAt, TaskCompletionSource<string> Ack);

/// <summary>A client's request to delete a finished instance; acknowledged with whether one was purged.</summary>
internal sealed record PurgeCommand(string InstanceId, TaskCompletionSource<bool> Ack);
