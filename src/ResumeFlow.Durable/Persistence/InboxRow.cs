using ResumeFlow.Durable.History;

namespace ResumeFlow.Durable.Persistence;

/// <summary>
/// A message waiting for an instance (a start, an event, a sub-orchestration result, a timer):
/// persisted so it survives a restart until the instance has applied it.
/// </summary>
internal sealed record InboxRow(long Id, string InstanceId, string? ExecutionId, DateTime? FireAt, HistoryEvent Event);
