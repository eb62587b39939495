using System.Globalization;
using DurableTask.AzureStorage;
using DurableTask.Core;
using DurableTask.Core.History;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using CoreQuery = DurableTask.Core.Query.OrchestrationQuery;
using PurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace ResumeFlow.Durable.AzureStorage.Client;

/// <summary>
/// The SDK's client over an Azure Storage task hub, through the framework's
/// <see cref="IOrchestrationServiceClient"/>. Inputs, outputs and event payloads are serialized with the
/// SDK's <see cref="DataConverter"/> (System.Text.Json), which the worker's shims read; the framework's own
/// TaskHubClient (Newtonsoft) is deliberately not used.
/// </summary>
internal sealed class AzureStorageDurableTaskClient : DurableTaskClient
{
    private static readonly TimeSpan MaxPollInterval = TimeSpan.FromSeconds(1);
    private readonly AzureStorageOrchestrationServices _services;
    private readonly DataConverter _converter;

    public AzureStorageDurableTaskClient(
        string name,
        IOptionsMonitor<DurableTaskClientOptions> clientOptions,
        AzureStorageOrchestrationServices services)
        : base(name)
    {
        _services = services;
        _converter = clientOptions.Get(name).DataConverter;
    }

    public override async Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        var service = await ServiceAsync(cancellation).ConfigureAwait(false);
        // Instance and execution ids are the client's to choose; only orchestrator code must be deterministic.
        var instance = new OrchestrationInstance
        {
            InstanceId = options?.InstanceId ?? Guid.NewGuid().ToString("N"),
            ExecutionId = Guid.NewGuid().ToString("N"),
        };
        var tags = options?.Tags?.ToDictionary(t => t.Key, t => t.Value) ?? [];
        tags[OrchestrationTags.RequestTime] = DateTimeOffset.UtcNow.ToString(CultureInfo.InvariantCulture);
        var message = new TaskMessage
        {
            OrchestrationInstance = instance,
            Event = new ExecutionStartedEvent(-1, _converter.Serialize(input))
            {
                Name = orchestratorName.Name,
                Version = options?.Version?.Version ?? string.Empty,
                OrchestrationInstance = instance,
                ScheduledStartTime = options?.StartAt?.UtcDateTime,
                Tags = tags,
            },
        };
        await service.CreateTaskOrchestrationAsync(message, DedupeStatuses(options)).ConfigureAwait(false);
        return instance.InstanceId;
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        return SendAsync(instanceId, new EventRaisedEvent(-1, _converter.Serialize(eventPayload)) { Name = eventName }, cancellation);
    }

    public override async Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var service = await ServiceAsync(cancellation).ConfigureAwait(false);
        await service.ForceTerminateTaskOrchestrationAsync(instanceId, _converter.Serialize(options?.Output)).ConfigureAwait(false);
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionSuspendedEvent(-1, reason), cancellation);

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default) =>
        SendAsync(instanceId, new ExecutionResumedEvent(-1, reason), cancellation);

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var service = await ServiceAsync(cancellation).ConfigureAwait(false);
        var states = await service.GetOrchestrationStateAsync(instanceId, allExecutions: false).ConfigureAwait(false);
        // After a purge the provider may answer with an empty state rather than none.
        return states is { Count: > 0 } && states[0]?.OrchestrationInstance is not null
            ? states[0].ToMetadata(_converter, getInputsAndOutputs)
            : null;
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null) =>
        Pageable.Create(async (continuation, pageSize, cancellation) =>
        {
            var service = await ServiceAsync(cancellation).ConfigureAwait(false);
            var query = new CoreQuery
            {
                RuntimeStatus = filter?.Statuses?.Select(s => s.ToCore()).ToList(),
                CreatedTimeFrom = filter?.CreatedFrom?.UtcDateTime,
                CreatedTimeTo = filter?.CreatedTo?.UtcDateTime,
                InstanceIdPrefix = filter?.InstanceIdPrefix,
                PageSize = pageSize ?? filter?.PageSize ?? OrchestrationQuery.DefaultPageSize,
                ContinuationToken = continuation ?? filter?.ContinuationToken,
                FetchInputsAndOutputs = filter?.FetchInputsAndOutputs ?? false,
            };
            var result = await service.GetOrchestrationWithQueryAsync(query, cancellation).ConfigureAwait(false);
            var page = result.OrchestrationState.Select(s => s.ToMetadata(_converter, query.FetchInputsAndOutputs)).ToList();
            return new Page<OrchestrationMetadata>(page, result.ContinuationToken);
        });

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        await PollAsync(instanceId, getInputsAndOutputs, m => m.RuntimeStatus != OrchestrationRuntimeStatus.Pending, cancellation).ConfigureAwait(false);

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default) =>
        await PollAsync(instanceId, getInputsAndOutputs, m => m.IsCompleted, cancellation).ConfigureAwait(false);

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs: false, cancellation).ConfigureAwait(false);
        if (metadata is null)
        {
            return new PurgeResult(0);
        }

        if (!metadata.IsCompleted)
        {
            throw new InvalidOperationException(
                $"durable_purge_not_terminal: instance '{instanceId}' is {metadata.RuntimeStatus}; only completed, failed or terminated instances can be purged.");
        }

        var service = await ServiceAsync(cancellation).ConfigureAwait(false);
        var result = await ((IOrchestrationServicePurgeClient)service).PurgeInstanceStateAsync(instanceId).ConfigureAwait(false);
        return result.ToSdk();
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var service = await ServiceAsync(cancellation).ConfigureAwait(false);
        var coreFilter = new PurgeInstanceFilter(
            filter.CreatedFrom?.UtcDateTime ?? DateTime.MinValue,
            filter.CreatedTo?.UtcDateTime,
            filter.Statuses?.Select(s => s.ToCore()));
        var result = await ((IOrchestrationServicePurgeClient)service).PurgeInstanceStateAsync(coreFilter).ConfigureAwait(false);
        return result.ToSdk();
    }

    // The shared service belongs to AzureStorageOrchestrationServices (disposed with the container).
    public override ValueTask DisposeAsync() => default;

    private static OrchestrationStatus[]? DedupeStatuses(StartOrchestrationOptions? options) =>
        options?.DedupeStatuses is { Count: > 0 } statuses
            ? statuses.Select(s => Enum.Parse<OrchestrationRuntimeStatus>(s, ignoreCase: true).ToCore()).ToArray()
            : null;

    private Task<AzureStorageOrchestrationService> ServiceAsync(CancellationToken cancellationToken) =>
        _services.GetAsync(Name, cancellationToken);

    private async Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellation)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var service = await ServiceAsync(cancellation).ConfigureAwait(false);
        var message = new TaskMessage { OrchestrationInstance = new OrchestrationInstance { InstanceId = instanceId }, Event = historyEvent };
        await service.SendTaskOrchestrationMessageAsync(message).ConfigureAwait(false);
    }

    // Polls the instance table with a growing interval; the caller's token bounds the wait.
    private async Task<OrchestrationMetadata> PollAsync(
        string instanceId, bool getInputsAndOutputs, Func<OrchestrationMetadata, bool> done, CancellationToken cancellation)
    {
        var delay = TimeSpan.FromMilliseconds(50);
        while (true)
        {
            var metadata = await GetInstancesAsync(instanceId, getInputsAndOutputs, cancellation).ConfigureAwait(false);
            if (metadata is not null && done(metadata))
            {
                return metadata;
            }

            await Task.Delay(delay, cancellation).ConfigureAwait(false);
            delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, MaxPollInterval.Ticks));
        }
    }
}
