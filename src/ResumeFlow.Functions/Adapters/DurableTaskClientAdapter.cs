using Microsoft.DurableTask.Client;
using ResumeFlow.Orchestration;
using PortStatus = ResumeFlow.Orchestration.OrchestrationRuntimeStatus;
using PortQuery = ResumeFlow.Orchestration.OrchestrationQuery;
using PortMetadata = ResumeFlow.Orchestration.OrchestrationMetadata;
using PortStartOptions = ResumeFlow.Orchestration.StartOrchestrationOptions;

namespace ResumeFlow.Functions.Adapters;

/// <summary>Presents Durable Functions' <see cref="DurableTaskClient"/> as the port's client.</summary>
internal sealed class DurableTaskClientAdapter(DurableTaskClient inner) : IOrchestrationClient
{
    public Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, PortStartOptions? options = null, CancellationToken cancellationToken = default)
        => inner.ScheduleNewOrchestrationInstanceAsync(
            orchestratorName,
            input,
            options is null ? null : new Microsoft.DurableTask.StartOrchestrationOptions(options.InstanceId, options.StartAt),
            cancellationToken);

    public async Task<PortMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
        => Map(await inner.GetInstanceAsync(instanceId, getInputsAndOutputs, cancellationToken).ConfigureAwait(false));

    public async Task<PortMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default)
        => Map(await inner.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs, cancellationToken).ConfigureAwait(false))!;

    public Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default)
        => inner.RaiseEventAsync(instanceId, eventName, eventPayload, cancellationToken);

    public Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellationToken = default)
        => inner.TerminateInstanceAsync(instanceId, output, cancellationToken);

    public Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
        => inner.SuspendInstanceAsync(instanceId, reason, cancellationToken);

    public Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default)
        => inner.ResumeInstanceAsync(instanceId, reason, cancellationToken);

    public async Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
        => (await inner.PurgeInstanceAsync(instanceId, cancellation: cancellationToken).ConfigureAwait(false)).PurgedInstanceCount > 0;

    public async Task<OrchestrationPage> GetAllInstancesAsync(PortQuery? query = null, CancellationToken cancellationToken = default)
    {
        query ??= new PortQuery();
        var filter = new Microsoft.DurableTask.Client.OrchestrationQuery
        {
            CreatedFrom = query.CreatedFrom,
            CreatedTo = query.CreatedTo,
            Statuses = query.Statuses?.Select(s => (Microsoft.DurableTask.Client.OrchestrationRuntimeStatus)(int)s).ToList(),
            InstanceIdPrefix = query.InstanceIdPrefix,
            FetchInputsAndOutputs = query.FetchInputsAndOutputs,
            PageSize = query.PageSize,
            ContinuationToken = query.ContinuationToken,
        };
        await foreach (var page in inner.GetAllInstancesAsync(filter).AsPages(query.ContinuationToken, query.PageSize).WithCancellation(cancellationToken))
        {
            var instances = page.Values.Select(m => Map(m)!)
                .Where(m => query.Name is null || string.Equals(m.Name, query.Name, StringComparison.Ordinal))
                .ToList();
            return new OrchestrationPage(instances, page.ContinuationToken);
        }

        return new OrchestrationPage([], null);
    }

    // Durable's status enum has the same members and values as the port's (the port copied it).
    private static PortMetadata? Map(Microsoft.DurableTask.Client.OrchestrationMetadata? m) => m is null ? null : new PortMetadata(m.Name, m.InstanceId)
    {
        RuntimeStatus = (PortStatus)(int)m.RuntimeStatus,
        CreatedAt = m.CreatedAt,
        LastUpdatedAt = m.LastUpdatedAt,
        SerializedInput = m.SerializedInput,
        SerializedOutput = m.SerializedOutput,
        SerializedCustomStatus = m.SerializedCustomStatus,
        FailureDetails = m.FailureDetails is { } f ? new FailureDetails(f.ErrorType, f.ErrorMessage, f.StackTrace) : null,
    };
}
