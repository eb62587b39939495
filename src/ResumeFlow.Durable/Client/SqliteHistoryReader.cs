using ResumeFlow.Durable.Engine;
using ResumeFlow.Durable.History;

namespace ResumeFlow.Durable.Client;

/// <summary>Reads history straight from the engine's SQLite file (the SDK client's history type is DurableTask.Core's).</summary>
internal sealed class SqliteHistoryReader(DurableEngine engine) : IOrchestrationHistoryReader
{
    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return await engine.Store.ReadHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false);
    }
}
