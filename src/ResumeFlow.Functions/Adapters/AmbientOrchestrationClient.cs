using Microsoft.DurableTask.Client;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Functions.Adapters;

/// <summary>
/// The port's client for services registered as singletons (ingestion, screening): Durable
/// Functions hands a <see cref="DurableTaskClient"/> to each starter through its binding, so the
/// starter makes it current for the duration of its call with <see cref="Use"/>.
/// </summary>
internal sealed class AmbientOrchestrationClient : IOrchestrationClient
{
    private static readonly AsyncLocal<IOrchestrationClient?> Current = new();

    private static IOrchestrationClient Client => Current.Value
        ?? throw new InvalidOperationException("No Durable client is current: call AmbientOrchestrationClient.Use(client) in the starter function.");

    public static IDisposable Use(DurableTaskClient client)
    {
        Current.Value = new DurableTaskClientAdapter(client);
        return new Reset();
    }

    public Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default)
        => Client.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, options, cancellationToken);

    public Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
        => Client.GetInstanceAsync(instanceId, getInputsAndOutputs, cancellationToken);

    public Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
        => Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellationToken);

    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
        => Client.RaiseEventAsync(instanceId, eventName, eventPayload, cancellationToken);

    public Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellationToken = default)
        => Client.TerminateInstanceAsync(instanceId, output, cancellationToken);

    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
        => Client.SuspendInstanceAsync(instanceId, reason, cancellationToken);

    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
        => Client.ResumeInstanceAsync(instanceId, reason, cancellationToken);

    public Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
        => Client.PurgeInstanceAsync(instanceId, cancellationToken);

    public Task<OrchestrationPage> GetAllInstancesAsync(OrchestrationQuery? query = null, CancellationToken cancellationToken = default)
        => Client.GetAllInstancesAsync(query, cancellationToken);

    private sealed class Reset : IDisposable
    {
        public void Dispose() => Current.Value = null;
    }
}
