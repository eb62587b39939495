using ResumeFlow.Durable.Engine;
using ResumeFlow.Durable.History;

namespace ResumeFlow.Durable.Replay;

/// <summary>What one step of one instance produced, for the engine to write and dispatch.</summary>
internal sealed class EpisodeResult
{
    public List<(int Sequence, HistoryEvent Event)> NewEvents { get; } = [];

    public List<OrchestratorAction> Actions { get; } = [];

    public List<EngineMessage> Consumed { get; } = [];

    public List<EngineMessage> Held { get; } = [];

    public List<EngineMessage> Dropped { get; } = [];

    /// <summary>SubOrchestrationInstanceCompleted/Failed for the parent, when this instance finished.</summary>
    public HistoryEvent? ParentNotification { get; set; }

    public (string? Input, IReadOnlyList<HistoryEvent> CarriedEvents)? ContinueAsNew { get; set; }

    public bool RecordChanged { get; set; }
}
