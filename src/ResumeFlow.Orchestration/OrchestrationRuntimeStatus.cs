namespace ResumeFlow.Orchestration;

/// <summary>Durable's runtime statuses, serialized by name ("Running", "Completed", …) as Durable's HTTP API does.</summary>
public enum OrchestrationRuntimeStatus
{
    Running = 0,
    Completed = 1,
    ContinuedAsNew = 2,
    Failed = 3,
    Canceled = 4,
    Terminated = 5,
    Pending = 6,
    Suspended = 7,
}
