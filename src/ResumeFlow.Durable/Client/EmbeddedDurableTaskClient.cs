using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.Engine;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Persistence;

namespace ResumeFlow.Durable.Client;

/// <summary>
/// The SDK client of the embedded engine (build target of <c>UseSqlite</c>): writes go through the
/// engine's commit loop and complete once durable; reads go straight to SQLite. Payloads are
/// (de)serialized with the client options' <see cref="DataConverter"/>, which the returned metadata carries.
/// </summary>
internal sealed class EmbeddedDurableTaskClient : DurableTaskClient
{
    private static readonly TimeSpan StartPollInterval = TimeSpan.FromMilliseconds(50);
    private readonly DurableEngine _engine;
    private readonly DataConverter _dataConverter;

    public EmbeddedDurableTaskClient(string name, DurableEngine engine, IOptionsMonitor<DurableTaskClientOptions> options)
        : base(name)
    {
        ArgumentNullException.ThrowIfNull(options);
        _engine = engine;
        _dataConverter = options.Get(name).DataConverter;
    }

    public override Task<string> ScheduleNewOrchestrationInstanceAsync(
        TaskName orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName.Name, nameof(orchestratorName));
        var instanceId = options?.InstanceId ?? RandomIds.New();
        ArgumentException.ThrowIfNullOrWhiteSpace(instanceId, nameof(options));
        return _engine.StartInstanceAsync(orchestratorName.Name, instanceId, _dataConverter.Serialize(input), options?.StartAt?.UtcDateTime, cancellation);
    }

    public override Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var raised = new HistoryEvent(HistoryEventType.EventRaised, _engine.UtcNow) { Name = eventName, Input = _dataConverter.Serialize(eventPayload) };
        return _engine.SendAsync(instanceId, raised, cancellation);
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceStartAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        while (true)
        {
            var record = await _engine.Store.ReadInstanceAsync(instanceId, cancellation).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"instance_not_found: no instance '{instanceId}'.");
            if (record.Status != OrchestrationRuntimeStatus.Pending)
            {
                return ToMetadata(record, getInputsAndOutputs);
            }

            await Task.Delay(StartPollInterval, _engine.TimeProvider, cancellation).ConfigureAwait(false);
        }
    }

    public override async Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var record = await _engine.WaitForCompletionAsync(instanceId, cancellation).ConfigureAwait(false);
        return ToMetadata(record, getInputsAndOutputs);
    }

    public override Task TerminateInstanceAsync(string instanceId, TerminateInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        if (options?.Recursive == true)
        {
            throw new NotSupportedException("recursive_terminate_not_supported: the embedded engine terminates one instance at a time.");
        }

        var output = options?.Output;
        var json = _dataConverter.Serialize(output);
        var terminated = new HistoryEvent(HistoryEventType.ExecutionTerminated, _engine.UtcNow) { Input = json, Reason = output as string ?? json };
        return _engine.SendAsync(instanceId, terminated, cancellation);
    }

    public override Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return _engine.SendAsync(instanceId, new HistoryEvent(HistoryEventType.ExecutionSuspended, _engine.UtcNow) { Reason = reason }, cancellation);
    }

    public override Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        return _engine.SendAsync(instanceId, new HistoryEvent(HistoryEventType.ExecutionResumed, _engine.UtcNow) { Reason = reason }, cancellation);
    }

    public override async Task<OrchestrationMetadata?> GetInstancesAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        var record = await _engine.Store.ReadInstanceAsync(instanceId, cancellation).ConfigureAwait(false);
        return record is null ? null : ToMetadata(record, getInputsAndOutputs);
    }

    public override AsyncPageable<OrchestrationMetadata> GetAllInstancesAsync(OrchestrationQuery? filter = null)
        => Pageable.Create<OrchestrationMetadata>(async (continuation, pageSize, cancellation) =>
        {
            var query = (filter ?? new OrchestrationQuery()) with { ContinuationToken = continuation ?? filter?.ContinuationToken };
            if (pageSize is { } size)
            {
                query = query with { PageSize = size };
            }

            var (records, token) = await _engine.Store.QueryAsync(query, cancellation).ConfigureAwait(false);
            return new Page<OrchestrationMetadata>(records.Select(r => ToMetadata(r, query.FetchInputsAndOutputs)).ToList(), token);
        });

    public override async Task<PurgeResult> PurgeInstanceAsync(string instanceId, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ThrowIfRecursive(options);
        return new PurgeResult(await _engine.PurgeInstanceAsync(instanceId, cancellation).ConfigureAwait(false) ? 1 : 0);
    }

    public override async Task<PurgeResult> PurgeAllInstancesAsync(PurgeInstancesFilter filter, PurgeInstanceOptions? options = null, CancellationToken cancellation = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        ThrowIfRecursive(options);
        var terminal = new[] { OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated };
        var statuses = filter.Statuses?.Intersect(terminal).ToList() ?? [.. terminal];
        if (statuses.Count == 0)
        {
            return new PurgeResult(0);
        }

        var query = new OrchestrationQuery(filter.CreatedFrom, filter.CreatedTo, statuses, PageSize: 1000);
        var purged = 0;
        string? token = null;
        do
        {
            var (records, next) = await _engine.Store.QueryAsync(query with { ContinuationToken = token }, cancellation).ConfigureAwait(false);
            foreach (var record in records)
            {
                purged += await _engine.PurgeInstanceAsync(record.InstanceId, cancellation).ConfigureAwait(false) ? 1 : 0;
            }

            token = next;
        }
        while (token is not null);

        return new PurgeResult(purged);
    }

    // Nothing to release: the engine belongs to the service provider, not to the client.
    public override ValueTask DisposeAsync() => ValueTask.CompletedTask;

    private static void ThrowIfRecursive(PurgeInstanceOptions? options)
    {
        if (options?.Recursive == true)
        {
            throw new NotSupportedException("recursive_purge_not_supported: the embedded engine purges one instance at a time.");
        }
    }

    private OrchestrationMetadata ToMetadata(InstanceRecord record, bool includePayloads) => record.ToMetadata(includePayloads, _dataConverter);
}
