namespace ResumeFlow.Durable.Replay;

/// <summary>What the orchestrator asked for; turned into a scheduling history event when new, matched against history on replay.</summary>
internal enum OrchestratorActionKind
{
    ScheduleActivity,
    CreateSubOrchestration,
    CreateTimer,
    SendEvent,
}

internal sealed record OrchestratorAction(OrchestratorActionKind Kind, int TaskId, string Name)
{
    public string? Input { get; init; }

    public string? InstanceId { get; init; }

    public DateTime? FireAt { get; init; }

    public int Attempt { get; init; } = 1;
}
