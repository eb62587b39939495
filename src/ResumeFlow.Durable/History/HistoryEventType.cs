namespace ResumeFlow.Durable.History;

/// <summary>The kinds of history events, named as in Durable Task's history.</summary>
public enum HistoryEventType
{
    ExecutionStarted,
    OrchestratorStarted,
    TaskScheduled,
    TaskCompleted,
    TaskFailed,
    SubOrchestrationInstanceCreated,
    SubOrchestrationInstanceCompleted,
    SubOrchestrationInstanceFailed,
    TimerCreated,
    TimerFired,
    EventRaised,
    EventSent,
    ExecutionSuspended,
    ExecutionResumed,
    ExecutionTerminated,
    ExecutionCompleted,
}
