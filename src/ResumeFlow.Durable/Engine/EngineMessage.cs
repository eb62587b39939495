using ResumeFlow.Durable.History;

namespace ResumeFlow.Durable.Engine;

/// <summary>
/// Something for one instance to apply: the history event it becomes, its inbox row when it is
/// persisted until applied, and who waits for it. Activity results are not persisted: until their
/// TaskCompleted is committed, history shows the activity as pending and a restart runs it again.
/// </summary>
internal sealed class EngineMessage(string instanceId, HistoryEvent historyEvent)
{
    public string InstanceId { get; } = instanceId;

    public HistoryEvent Event { get; } = historyEvent;

    /// <summary>The execution it belongs to; null means whatever execution is current (client messages).</summary>
    public string? ExecutionId { get; init; }

    /// <summary>Its inbox row, deleted in the commit that applies it.</summary>
    public long? InboxId { get; set; }

    /// <summary>Completed once the commit that applied (or held) the message is durable.</summary>
    public TaskCompletionSource? Ack { get; init; }
}
