using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Durable.History;

/// <summary>
/// One step of an instance's history. Scheduling events carry the task id they created
/// (<see cref="TaskId"/>); completion events carry the id of the task they complete. Payloads
/// (<see cref="Input"/>, <see cref="Result"/>) are serialized JSON.
/// </summary>
public sealed record HistoryEvent(HistoryEventType EventType, DateTime Timestamp)
{
    public int TaskId { get; init; } = -1;

    /// <summary>Activity, orchestrator or event name.</summary>
    public string? Name { get; init; }

    public string? Input { get; init; }

    public string? Result { get; init; }

    public TaskFailureDetails? FailureDetails { get; init; }

    /// <summary>When a timer fires (TimerCreated, TimerFired).</summary>
    public DateTime? FireAt { get; init; }

    /// <summary>The sub-orchestration's instance id (SubOrchestrationInstanceCreated).</summary>
    public string? InstanceId { get; init; }

    public string? ParentInstanceId { get; init; }

    public int? ParentTaskId { get; init; }

    /// <summary>The parent orchestrator's name (ExecutionStarted of a sub-orchestration).</summary>
    public string? ParentName { get; init; }

    /// <summary>Reason for terminate, suspend and resume.</summary>
    public string? Reason { get; init; }

    /// <summary>Final status (ExecutionCompleted).</summary>
    public OrchestrationRuntimeStatus? Status { get; init; }

    /// <summary>Attempt number of an activity call (TaskScheduled), 1 for the first.</summary>
    public int? Attempt { get; init; }
}
