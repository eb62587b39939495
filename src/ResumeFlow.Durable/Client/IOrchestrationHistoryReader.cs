using ResumeFlow.Durable.History;

namespace ResumeFlow.Durable.Client;

/// <summary>Reads an instance's history (the management API's <c>showHistory</c>).</summary>
public interface IOrchestrationHistoryReader
{
    /// <summary>The current execution's events in order; empty when the instance is unknown.</summary>
    Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default);
}
