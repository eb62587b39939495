using ResumeFlow.Durable.History;

namespace ResumeFlow.Durable.Engine;

/// <summary>
/// Something for one instance to apply: the history event it becomes, where it is persisted until
/// applied (an inbox row, or the activity row whose result it carries), and who waits for it.
/// </summary>
internal sealed class EngineMessage(string instanceId, HistoryEvent historyEvent)
{
    public string InstanceId { get; } = instanceId;

    public HistoryEvent Event { get; } = historyEvent;

    /// <summary>The execution it belongs to; null means whatever execution is current (client messages).</summary>
    public string? ExecutionId { get; init; }

    /// <summary>Its inbox row, deleted in the commit that applies it.</summary>
    public long? InboxId { get; set; }

    /// <summary>An activity result: applying it deletes the activity's row.</summary>
    public bool FromActivity { get; set; }

    /// <summary>Completed once the commit that applied (or held) the message is durable.</summary>
    public TaskCompletionSource? Ack { get; init; }
}
