using ResumeFlow.Durable.Engine;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Serialization;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.Client;

/// <summary>The <see cref="IOrchestrationClient"/> of the embedded engine: writes go through the engine's commit loop, reads straight to SQLite.</summary>
internal sealed class EmbeddedOrchestrationClient(DurableEngine engine) : IOrchestrationClient, IOrchestrationHistoryReader
{
    public Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        var instanceId = options?.InstanceId ?? RandomIds.New();
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId);
        return engine.StartInstanceAsync(orchestratorName, instanceId, DurableJson.Serialize(input), options?.StartAt?.UtcDateTime, cancellationToken);
    }

    public async Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var record = await engine.Store.ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return record?.ToMetadata(getInputsAndOutputs);
    }

    public async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var record = await engine.WaitForCompletionAsync(instanceId, cancellationToken).ConfigureAwait(false);
        return record.ToMetadata(getInputsAndOutputs);
    }

    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return engine.SendAsync(instanceId, new HistoryEvent(HistoryEventType.EventRaised, engine.UtcNow) { Name = eventName, Input = DurableJson.Serialize(eventPayload) }, cancellationToken);
    }

    public Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var json = DurableJson.Serialize(output);
        return engine.SendAsync(instanceId, new HistoryEvent(HistoryEventType.ExecutionTerminated, engine.UtcNow) { Input = json, Reason = output as string ?? json }, cancellationToken);
    }

    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return engine.SendAsync(instanceId, new HistoryEvent(HistoryEventType.ExecutionSuspended, engine.UtcNow) { Reason = reason }, cancellationToken);
    }

    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return engine.SendAsync(instanceId, new HistoryEvent(HistoryEventType.ExecutionResumed, engine.UtcNow) { Reason = reason }, cancellationToken);
    }

    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return engine.PurgeInstanceAsync(instanceId, cancellationToken);
    }

    public Task<OrchestrationPage> GetAllInstancesAsync(OrchestrationQuery? query = null, CancellationToken cancellationToken = default)
        => engine.Store.QueryAsync(query ?? new OrchestrationQuery(), cancellationToken);

    public async Task<IReadOnlyList<HistoryEvent>> GetHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return await engine.Store.ReadHistoryAsync(instanceId, cancellationToken).ConfigureAwait(false);
    }
}
