using Stopwatch = System.Diagnostics.Stopwatch;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Persistence;
using ResumeFlow.Durable.Replay;
using Microsoft.DurableTask.Converters;
using Microsoft.DurableTask.Worker;
using ResumeFlow.Durable.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Durable.Engine;

/// <summary>
/// The embedded durable engine. One loop owns all writes: it takes every message that arrived
/// (activity results, timers, events, client commands), applies them to the instances they are
/// for (replaying an instance from history only when it is not in memory), writes the whole step
/// in one SQLite transaction, and only then dispatches the activities, timers and messages that
/// step produced. Activities run on a bounded pool of workers, at least once. One engine per
/// service provider, shared by the SDK client and worker that <c>UseSqlite</c> registers; the worker
/// attaches the task factory and data converter and starts it.
/// </summary>
internal sealed class DurableEngine : IAsyncDisposable, IDisposable
{
    private readonly IServiceProvider _services;
    private readonly DurableEngineOptions _options;
    private readonly TimeProvider _timeProvider;
    private readonly ILogger _logger;
    private readonly ILoggerFactory _loggerFactory;
    private readonly Channel<object> _inbox = Channel.CreateUnbounded<object>(new UnboundedChannelOptions { SingleReader = true });
    private readonly Channel<ActivityWorkItem> _work = Channel.CreateUnbounded<ActivityWorkItem>();
    private readonly Dictionary<string, OrchestrationExecutor> _cache = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<TaskCompletionSource>> _completionWaiters = new(StringComparer.Ordinal);
    private readonly Lock _waitersLock = new();
    private readonly TimerQueue _timers;
    private CancellationTokenSource? _stopping;
    private SqliteConnection? _writer;
    private Task? _loop;
    private Task? _timerLoop;
    private Task? _checkpointLoop;
    private Task[] _workers = [];
    private long _nextInboxId;
    private long _batchNumber;
    private Exception? _fault;
    private IDurableTaskFactory? _factory;
    private DataConverter _dataConverter = JsonDataConverter.Default;

    public DurableEngine(IServiceProvider services, DurableEngineOptions options, TimeProvider timeProvider, ILoggerFactory loggerFactory)
    {
        _services = services;
        _options = options;
        _timeProvider = timeProvider;
        _loggerFactory = loggerFactory;
        _logger = loggerFactory.CreateLogger<DurableEngine>();
        Store = new SqliteOrchestrationStore(options.DatabasePath, options.SynchronousFull);
        _timers = new TimerQueue(timeProvider, message => _inbox.Writer.TryWrite(message));
    }

    public SqliteOrchestrationStore Store { get; }

    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>Starts the engine with the worker's tasks and data converter (the worker's start).</summary>
    public Task StartAsync(IDurableTaskFactory factory, DataConverter dataConverter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(factory);
        ArgumentNullException.ThrowIfNull(dataConverter);
        if (_stopping is not null)
        {
            throw new InvalidOperationException("engine_already_started: one durable worker runs the embedded engine of a service provider.");
        }

        _factory = factory;
        _dataConverter = dataConverter;

        _stopping = new CancellationTokenSource();
        _writer = Store.OpenWriter();
        _nextInboxId = SqliteOrchestrationStore.ReadMaxInboxId(_writer);

        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var ready = 0;
        var delayed = 0;
        var inbox = SqliteOrchestrationStore.ReadInbox(_writer);
        foreach (var row in inbox)
        {
            var message = new EngineMessage(row.InstanceId, row.Event) { ExecutionId = row.ExecutionId, InboxId = row.Id };
            if (row.FireAt is { } fireAt && fireAt > now)
            {
                _timers.Add(message, fireAt);
                delayed++;
            }
            else
            {
                _inbox.Writer.TryWrite(message);
                ready++;
            }
        }

        var activities = SqliteOrchestrationStore.ReadPendingActivities(_writer, inbox);
        foreach (var row in activities)
        {
            _work.Writer.TryWrite(new ActivityWorkItem(row.InstanceId, row.ExecutionId, row.TaskId, row.Name, row.Input, row.Attempt));
        }

        var stopping = _stopping.Token;
        _loop = Task.Factory.StartNew(() => RunLoopAsync(stopping), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default).Unwrap();
        _timerLoop = Task.Run(() => _timers.RunAsync(stopping), CancellationToken.None);
        _checkpointLoop = Task.Run(() => RunCheckpointsAsync(stopping), CancellationToken.None);
        _workers = Enumerable.Range(0, _options.MaxConcurrentActivities)
            .Select(_ => Task.Run(() => RunWorkerAsync(stopping), CancellationToken.None))
            .ToArray();
        Log.EngineStarted(_logger, _options.DatabasePath, ready, delayed, activities.Count);
        return Task.CompletedTask;
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_stopping is null || _stopping.IsCancellationRequested)
        {
            return;
        }

        await _stopping.CancelAsync().ConfigureAwait(false);
        var all = _workers.Append(_loop!).Append(_timerLoop!).Append(_checkpointLoop!);
        try
        {
            await Task.WhenAll(all).WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutdown: in-flight activities are abandoned; their rows make them run again after a restart.
        }

        if (_writer is not null)
        {
            await _writer.DisposeAsync().ConfigureAwait(false);
            _writer = null;
            // A tidy-up, not a safety step: the next open replays the WAL. Past the shutdown deadline, skip it.
            if (!cancellationToken.IsCancellationRequested)
            {
                try
                {
                    await Store.CheckpointAsync(truncate: true, cancellationToken).ConfigureAwait(false);
                }
                catch (Exception ex) when (ex is SqliteException or OperationCanceledException)
                {
                    Log.CheckpointFailed(_logger, ex);
                }
            }
        }

        SqliteConnection.ClearAllPools();
        Log.EngineStopped(_logger);
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync(CancellationToken.None).ConfigureAwait(false);
        _stopping?.Dispose();
        _inbox.Writer.TryComplete();
    }

    /// <summary>For containers disposed synchronously; the host normally stops the engine before.</summary>
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();

    internal Task<string> StartInstanceAsync(string name, string instanceId, string? input, DateTime? startAt, CancellationToken cancellationToken)
    {
        ThrowIfFaulted();
        var ack = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        _inbox.Writer.TryWrite(new StartCommand(name, instanceId, input, startAt, ack));
        return ack.Task.WaitAsync(cancellationToken);
    }

    internal Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken)
    {
        ThrowIfFaulted();
        var ack = new TaskCompletionSource<bool>(TaskCreationOptions.RunContinuationsAsynchronously);
        _inbox.Writer.TryWrite(new PurgeCommand(instanceId, ack));
        return ack.Task.WaitAsync(cancellationToken);
    }

    /// <summary>Delivers a client message (event, terminate, suspend, resume); completes once it is durable.</summary>
    internal Task SendAsync(string instanceId, HistoryEvent historyEvent, CancellationToken cancellationToken)
    {
        ThrowIfFaulted();
        var ack = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _inbox.Writer.TryWrite(new EngineMessage(instanceId, historyEvent) { Ack = ack });
        return ack.Task.WaitAsync(cancellationToken);
    }

    internal async Task<InstanceRecord> WaitForCompletionAsync(string instanceId, CancellationToken cancellationToken)
    {
        while (true)
        {
            var waiter = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            lock (_waitersLock)
            {
                if (!_completionWaiters.TryGetValue(instanceId, out var list))
                {
                    list = [];
                    _completionWaiters[instanceId] = list;
                }

                list.Add(waiter);
            }

            var record = await Store.ReadInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidOperationException($"instance_not_found: no instance '{instanceId}'.");
            if (record.IsTerminal)
            {
                return record;
            }

            ThrowIfFaulted();

            // The signal comes from the commit; the periodic re-read only guards against a missed one.
            try
            {
                await waiter.Task.WaitAsync(TimeSpan.FromSeconds(5), cancellationToken).ConfigureAwait(false);
            }
            catch (TimeoutException)
            {
                // Re-read below.
            }
            finally
            {
                lock (_waitersLock)
                {
                    if (_completionWaiters.TryGetValue(instanceId, out var list))
                    {
                        list.Remove(waiter);
                    }
                }
            }
        }
    }

    internal DateTime UtcNow => _timeProvider.GetUtcNow().UtcDateTime;

    private async Task RunCheckpointsAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (!cancellationToken.IsCancellationRequested)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(500), cancellationToken).ConfigureAwait(false);
                try
                {
                    await Store.CheckpointAsync(truncate: false, cancellationToken).ConfigureAwait(false);
                }
                catch (SqliteException ex)
                {
                    Log.CheckpointFailed(_logger, ex);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private void ThrowIfFaulted()
    {
        if (_fault is not null)
        {
            throw new InvalidOperationException("engine_faulted: the durable engine stopped after a failed commit; restart the process.", _fault);
        }
    }

    private async Task RunLoopAsync(CancellationToken cancellationToken)
    {
        var reader = _inbox.Reader;
        var items = new List<object>();
        try
        {
            while (await reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                items.Clear();
                while (items.Count < _options.MaxBatchSize && reader.TryRead(out var item))
                {
                    items.Add(item);
                }

                ProcessBatch(items);
                if (_fault is not null)
                {
                    return;
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
        catch (Exception ex)
        {
            _fault = ex;
            Log.LoopFailed(_logger, ex);
            FailWaiting(items, ex);
        }
    }

    // A caller waiting for an acknowledgement the stopped loop will never give gets the fault instead of hanging.
    private void FailWaiting(List<object> batch, Exception fault)
    {
        var error = new InvalidOperationException("engine_faulted: the durable engine stopped after a failure; restart the process.", fault);
        var reader = _inbox.Reader;
        var waiting = new List<object>(batch);
        while (reader.TryRead(out var item))
        {
            waiting.Add(item);
        }

        foreach (var item in waiting)
        {
            switch (item)
            {
                case StartCommand start:
                    start.Ack.TrySetException(error);
                    break;
                case PurgeCommand purge:
                    purge.Ack.TrySetException(error);
                    break;
                case EngineMessage { Ack: { } ack }:
                    ack.TrySetException(error);
                    break;
                default:
                    break;
            }
        }
    }

    private void ProcessBatch(List<object> items)
    {
        var batchNumber = ++_batchNumber;
        var now = _timeProvider.GetUtcNow().UtcDateTime;
        var batch = new CommitBatch();
        var post = new PostCommit();
        var groups = new Dictionary<string, List<EngineMessage>>(StringComparer.Ordinal);
        var order = new List<string>();

        void AddToGroup(EngineMessage message)
        {
            if (!groups.TryGetValue(message.InstanceId, out var list))
            {
                list = [];
                groups[message.InstanceId] = list;
                order.Add(message.InstanceId);
            }

            list.Add(message);
        }

        foreach (var item in items)
        {
            switch (item)
            {
                case EngineMessage message:
                    AddToGroup(message);
                    break;
                case StartCommand start:
                    HandleStart(start, now, batch, post, groups, AddToGroup);
                    break;
                case PurgeCommand purge:
                    HandlePurge(purge, batch, post, groups);
                    break;
                default:
                    break;
            }
        }

        var work = new (string InstanceId, List<EngineMessage> Messages, OrchestrationExecutor? Executor, EpisodeResult? Result, bool Missing)[order.Count];
        for (var i = 0; i < order.Count; i++)
        {
            var id = order[i];
            work[i] = (id, groups[id], _cache.GetValueOrDefault(id), null, false);
        }

        void RunOne(int i)
        {
            var executor = work[i].Executor;
            var exists = true;
            if (executor is null)
            {
                (executor, exists) = Load(work[i].InstanceId);
            }

            work[i].Executor = executor;
            work[i].Missing = !exists;
            if (executor is not null)
            {
                work[i].Result = executor.RunEpisode(work[i].Messages, now);
            }
        }

        if (work.Length > 1 && _options.MaxConcurrentOrchestrations > 1)
        {
            Parallel.For(0, work.Length, new ParallelOptions { MaxDegreeOfParallelism = _options.MaxConcurrentOrchestrations }, RunOne);
        }
        else
        {
            for (var i = 0; i < work.Length; i++)
            {
                RunOne(i);
            }
        }

        foreach (var (instanceId, messages, executor, result, missing) in work)
        {
            if (executor is null || result is null)
            {
                // Unknown or finished instance: nothing applies (as in Durable, events to a finished instance are dropped).
                foreach (var message in messages)
                {
                    Release(message, batch);
                    if (message.Ack is { } ack)
                    {
                        post.Acks.Add(missing
                            ? () => ack.TrySetException(new InvalidOperationException($"instance_not_found: no instance '{instanceId}'."))
                            : () => ack.TrySetResult());
                    }
                }

                continue;
            }

            executor.LastUsedBatch = batchNumber;
            _cache[instanceId] = executor;
            ApplyResult(executor, result, now, batch, post);
        }

        // Activities start while their step commits: they run at least once anyway, and if the commit
        // never lands, the replay after the restart schedules (and runs) them again.
        foreach (var row in post.Activities)
        {
            _work.Writer.TryWrite(row);
        }

        if (!batch.IsEmpty && !TryCommit(batch))
        {
            foreach (var fail in post.Failures)
            {
                fail(_fault!);
            }

            return;
        }

        foreach (var (message, fireAt) in post.Timers)
        {
            _timers.Add(message, fireAt);
        }

        foreach (var message in post.Messages)
        {
            _inbox.Writer.TryWrite(message);
        }

        foreach (var ack in post.Acks)
        {
            ack();
        }

        foreach (var (instanceId, record) in post.Finished)
        {
            _cache.Remove(instanceId);
            Log.InstanceFinished(_logger, instanceId, record.Name, record.Status.ToString());
            SignalCompleted(instanceId);
        }

        foreach (var instanceId in post.Evicted)
        {
            _cache.Remove(instanceId);
        }

        foreach (var executor in post.Created)
        {
            executor.LastUsedBatch = batchNumber;
            _cache[executor.Record.InstanceId] = executor;
        }

        TrimCache();
    }

    private void HandleStart(
        StartCommand start,
        DateTime now,
        CommitBatch batch,
        PostCommit post,
        Dictionary<string, List<EngineMessage>> groups,
        Action<EngineMessage> addToGroup)
    {
        var existing = _cache.TryGetValue(start.InstanceId, out var cached)
            ? cached.Record
            : batch.Instances.GetValueOrDefault(start.InstanceId) ?? SqliteOrchestrationStore.ReadInstance(_writer!, start.InstanceId);
        if (existing is not null && !existing.IsTerminal)
        {
            post.Acks.Add(() => start.Ack.TrySetResult(start.InstanceId));
            return;
        }

        if (groups.Remove(start.InstanceId, out var stale))
        {
            // Messages for the finished generation in this batch must not reach the new one; the reset deletes their rows.
            foreach (var message in stale.Where(m => m.Ack is not null))
            {
                post.Acks.Add(() => message.Ack!.TrySetResult());
            }
        }

        var record = new InstanceRecord
        {
            InstanceId = start.InstanceId,
            Name = start.Name,
            ExecutionId = NewExecutionId(),
            Status = OrchestrationRuntimeStatus.Pending,
            Input = start.Input,
            CreatedAt = now,
            LastUpdatedAt = now,
        };
        if (existing is not null)
        {
            batch.ResetInstances.Add(start.InstanceId);
        }

        batch.Upsert(record);
        _cache[start.InstanceId] = CreateExecutor(record, []);
        var started = new EngineMessage(start.InstanceId, new HistoryEvent(HistoryEventType.ExecutionStarted, now) { Name = start.Name, Input = start.Input })
        {
            ExecutionId = record.ExecutionId,
        };
        if (start.StartAt is { } startAt && startAt.ToUniversalTime() > now)
        {
            started.InboxId = ++_nextInboxId;
            batch.InboxInserts.Add(new InboxRow(started.InboxId.Value, start.InstanceId, record.ExecutionId, startAt.ToUniversalTime(), started.Event));
            post.Timers.Add((started, startAt.ToUniversalTime()));
        }
        else
        {
            addToGroup(started);
        }

        post.Acks.Add(() => start.Ack.TrySetResult(start.InstanceId));
        post.Failures.Add(ex => start.Ack.TrySetException(ex));
    }

    private void HandlePurge(PurgeCommand purge, CommitBatch batch, PostCommit post, Dictionary<string, List<EngineMessage>> groups)
    {
        var record = _cache.TryGetValue(purge.InstanceId, out var cached)
            ? cached.Record
            : batch.Instances.GetValueOrDefault(purge.InstanceId) ?? SqliteOrchestrationStore.ReadInstance(_writer!, purge.InstanceId);
        if (record is null || !record.IsTerminal || groups.ContainsKey(purge.InstanceId))
        {
            post.Acks.Add(() => purge.Ack.TrySetResult(false));
            return;
        }

        batch.PurgedInstances.Add(purge.InstanceId);
        batch.Instances.Remove(purge.InstanceId);
        _cache.Remove(purge.InstanceId);
        post.Acks.Add(() => purge.Ack.TrySetResult(true));
        post.Failures.Add(ex => purge.Ack.TrySetException(ex));
    }

    private (OrchestrationExecutor? Executor, bool Exists) Load(string instanceId)
    {
        using var connection = Store.OpenConnection();
        var record = SqliteOrchestrationStore.ReadInstance(connection, instanceId);
        if (record is null || record.IsTerminal)
        {
            return (null, record is not null);
        }

        var history = SqliteOrchestrationStore.ReadHistory(connection, instanceId);
        return (CreateExecutor(record, history), true);
    }

    private OrchestrationExecutor CreateExecutor(InstanceRecord record, IReadOnlyList<HistoryEvent> history)
    {
        ITaskOrchestrator? orchestrator;
        try
        {
            orchestrator = _factory!.TryCreateOrchestrator(new TaskName(record.Name), _services, out var created) ? created : null;
        }
        catch (Exception ex)
        {
            orchestrator = new UnavailableOrchestrator(ex);
        }

        return OrchestrationExecutor.Create(record, history, orchestrator, _dataConverter, _loggerFactory);
    }

    private void ApplyResult(OrchestrationExecutor executor, EpisodeResult result, DateTime now, CommitBatch batch, PostCommit post)
    {
        var record = executor.Record;
        var instanceId = record.InstanceId;

        foreach (var message in result.Consumed.Concat(result.Dropped))
        {
            Release(message, batch);
            if (message.Ack is { } ack)
            {
                post.Acks.Add(() => ack.TrySetResult());
                post.Failures.Add(ex => ack.TrySetException(ex));
            }
        }

        foreach (var message in result.Held)
        {
            if (message.InboxId is null)
            {
                message.InboxId = ++_nextInboxId;
                batch.InboxInserts.Add(new InboxRow(message.InboxId.Value, instanceId, message.ExecutionId, null, message.Event));
            }

            if (message.Ack is { } ack)
            {
                post.Acks.Add(() => ack.TrySetResult());
                post.Failures.Add(ex => ack.TrySetException(ex));
            }
        }

        if (result.ParentNotification is { } notification && record.ParentInstanceId is { } parentId)
        {
            var message = new EngineMessage(parentId, notification) { InboxId = ++_nextInboxId };
            batch.InboxInserts.Add(new InboxRow(message.InboxId.Value, parentId, null, null, notification));
            post.Messages.Add(message);
        }

        if (result.ContinueAsNew is { } next)
        {
            // A new generation: history, pending work and messages of the old one go; the start and carried events are queued.
            batch.ResetInstances.Add(instanceId);
            record.ExecutionId = NewExecutionId();
            record.Status = OrchestrationRuntimeStatus.Running;
            record.Input = next.Input;
            record.Output = null;
            record.Failure = null;
            record.LastUpdatedAt = now;
            batch.Upsert(record);
            var startEvent = new HistoryEvent(HistoryEventType.ExecutionStarted, now)
            {
                Name = record.Name, Input = next.Input, ParentInstanceId = record.ParentInstanceId, ParentTaskId = record.ParentTaskId, ParentName = executor.ParentName,
            };
            foreach (var carried in next.CarriedEvents.Prepend(startEvent))
            {
                var message = new EngineMessage(instanceId, carried) { ExecutionId = record.ExecutionId, InboxId = ++_nextInboxId };
                batch.InboxInserts.Add(new InboxRow(message.InboxId.Value, instanceId, record.ExecutionId, null, carried));
                post.Messages.Add(message);
            }

            post.Evicted.Add(instanceId);
            return;
        }

        foreach (var (sequence, historyEvent) in result.NewEvents)
        {
            batch.History.Add((instanceId, sequence, historyEvent));
        }

        foreach (var action in result.Actions)
        {
            switch (action.Kind)
            {
                case OrchestratorActionKind.ScheduleActivity:
                    post.Activities.Add(new ActivityWorkItem(instanceId, record.ExecutionId, action.TaskId, action.Name, action.Input, action.Attempt));
                    break;
                case OrchestratorActionKind.CreateTimer:
                    var fireAt = action.FireAt ?? now;
                    var timer = new EngineMessage(instanceId, new HistoryEvent(HistoryEventType.TimerFired, fireAt) { TaskId = action.TaskId, FireAt = fireAt })
                    {
                        ExecutionId = record.ExecutionId,
                        InboxId = ++_nextInboxId,
                    };
                    batch.InboxInserts.Add(new InboxRow(timer.InboxId.Value, instanceId, record.ExecutionId, fireAt, timer.Event));
                    post.Timers.Add((timer, fireAt));
                    break;
                case OrchestratorActionKind.CreateSubOrchestration:
                    CreateChild(record, action, now, batch, post);
                    break;
                case OrchestratorActionKind.SendEvent:
                    // Persisted like a client's event; dropped on arrival if the target does not exist.
                    var sent = new EngineMessage(action.InstanceId!, new HistoryEvent(HistoryEventType.EventRaised, now) { Name = action.Name, Input = action.Input })
                    {
                        InboxId = ++_nextInboxId,
                    };
                    batch.InboxInserts.Add(new InboxRow(sent.InboxId.Value, sent.InstanceId, null, null, sent.Event));
                    post.Messages.Add(sent);
                    break;
                default:
                    break;
            }
        }

        if (result.RecordChanged)
        {
            batch.Upsert(record);
        }

        if (executor.Finished)
        {
            post.Finished.Add((instanceId, record));
        }
    }

    private void CreateChild(InstanceRecord parent, OrchestratorAction action, DateTime now, CommitBatch batch, PostCommit post)
    {
        var childId = action.InstanceId!;
        var child = new InstanceRecord
        {
            InstanceId = childId,
            Name = action.Name,
            ExecutionId = NewExecutionId(),
            Status = OrchestrationRuntimeStatus.Pending,
            Input = action.Input,
            CreatedAt = now,
            LastUpdatedAt = now,
            ParentInstanceId = parent.InstanceId,
            ParentTaskId = action.TaskId,
        };
        batch.ResetInstances.Add(childId);
        batch.Upsert(child);
        post.Created.Add(CreateExecutor(child, []));
        var started = new HistoryEvent(HistoryEventType.ExecutionStarted, now)
        {
            Name = action.Name, Input = action.Input, ParentInstanceId = parent.InstanceId, ParentTaskId = action.TaskId, ParentName = parent.Name,
        };
        var message = new EngineMessage(childId, started) { ExecutionId = child.ExecutionId, InboxId = ++_nextInboxId };
        batch.InboxInserts.Add(new InboxRow(message.InboxId.Value, childId, child.ExecutionId, null, started));
        post.Messages.Add(message);
    }

    private static void Release(EngineMessage message, CommitBatch batch)
    {
        if (message.InboxId is { } inboxId)
        {
            batch.InboxDeletes.Add(inboxId);
        }
    }

    private bool TryCommit(CommitBatch batch)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var started = Stopwatch.GetTimestamp();
                SqliteOrchestrationStore.Commit(_writer!, batch);
                Log.BatchCommitted(_logger, batch.History.Count, batch.Instances.Count, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                return true;
            }
            catch (SqliteException ex) when (attempt < 3)
            {
                Log.CommitRetry(_logger, ex, attempt);
                Thread.Sleep(100 * attempt);
            }
            catch (Exception ex)
            {
                // Memory is now ahead of the database: stop rather than acknowledge work that is not durable.
                _fault = ex;
                Log.EngineFaulted(_logger, ex);
                return false;
            }
        }
    }

    private void SignalCompleted(string instanceId)
    {
        List<TaskCompletionSource>? waiters;
        lock (_waitersLock)
        {
            _completionWaiters.Remove(instanceId, out waiters);
        }

        foreach (var waiter in waiters ?? [])
        {
            waiter.TrySetResult();
        }
    }

    private void TrimCache()
    {
        var excess = _cache.Count - _options.MaxCachedOrchestrations;
        if (excess <= 0)
        {
            return;
        }

        // Instances holding buffered messages (suspended, not started) stay: their messages live only in them until applied.
        foreach (var id in _cache.Where(pair => !pair.Value.HasHeldMessages).OrderBy(pair => pair.Value.LastUsedBatch).Take(excess).Select(pair => pair.Key).ToList())
        {
            _cache.Remove(id);
        }
    }

    private async Task RunWorkerAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (await _work.Reader.WaitToReadAsync(cancellationToken).ConfigureAwait(false))
            {
                while (_work.Reader.TryRead(out var item))
                {
                    var message = await RunActivityAsync(item, cancellationToken).ConfigureAwait(false);
                    if (message is null)
                    {
                        return;
                    }

                    _inbox.Writer.TryWrite(message);
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Stopping.
        }
    }

    private async Task<EngineMessage?> RunActivityAsync(ActivityWorkItem item, CancellationToken cancellationToken)
    {
        HistoryEvent outcome;
        try
        {
            var scope = _services.CreateAsyncScope();
            await using (scope.ConfigureAwait(false))
            {
                if (!_factory!.TryCreateActivity(new TaskName(item.Name), scope.ServiceProvider, out var activity))
                {
                    outcome = new HistoryEvent(HistoryEventType.TaskFailed, UtcNow)
                    {
                        TaskId = item.TaskId,
                        FailureDetails = Failures.Of("ActivityNotFound", $"activity_not_found: no activity named '{item.Name}' is registered (DurableTaskRegistry.AddActivity)."),
                    };
                }
                else
                {
                    var input = item.Input is null ? null : _dataConverter.Deserialize(item.Input, activity.InputType);
                    var context = new EmbeddedActivityContext(new TaskName(item.Name), item.InstanceId, item.Attempt);
                    var output = await activity.RunAsync(context, input).ConfigureAwait(false);
                    outcome = new HistoryEvent(HistoryEventType.TaskCompleted, UtcNow) { TaskId = item.TaskId, Result = _dataConverter.Serialize(output) };
                }
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception ex)
        {
            Log.ActivityFailed(_logger, ex, item.Name, item.InstanceId, item.Attempt);
            outcome = new HistoryEvent(HistoryEventType.TaskFailed, UtcNow) { TaskId = item.TaskId, FailureDetails = TaskFailureDetails.FromException(ex) };
        }

        return new EngineMessage(item.InstanceId, outcome) { ExecutionId = item.ExecutionId };
    }

    private static string NewExecutionId() => RandomIds.New();

    /// <summary>What a batch dispatches once its commit is durable.</summary>
    private sealed class PostCommit
    {
        public List<ActivityWorkItem> Activities { get; } = [];

        public List<(EngineMessage Message, DateTime FireAt)> Timers { get; } = [];

        public List<EngineMessage> Messages { get; } = [];

        public List<Action> Acks { get; } = [];

        public List<Action<Exception>> Failures { get; } = [];

        public List<(string InstanceId, InstanceRecord Record)> Finished { get; } = [];

        public List<string> Evicted { get; } = [];

        /// <summary>New instances (sub-orchestrations) cached ready to run, so their start needs no read.</summary>
        public List<OrchestrationExecutor> Created { get; } = [];
    }
}
