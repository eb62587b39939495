using System.Text.Json;
using Microsoft.Extensions.Logging;
using ResumeFlow.Durable.Engine;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Persistence;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Durable.Replay;

/// <summary>
/// One loaded instance: its orchestrator coroutine suspended at its awaits, kept in memory between
/// steps so a new event costs only the code it wakes. Built by replaying the history once (after a
/// restart or eviction); a replay that asks for different steps than history records fails the
/// instance instead of corrupting it.
/// </summary>
internal sealed class OrchestrationExecutor
{
    private readonly OrchestrationSynchronizationContext _synchronizationContext = new();
    private readonly ReplayOrchestrationContext _context;
    private readonly ITaskOrchestrator? _orchestrator;
    private readonly List<EngineMessage> _held = [];
    private Task<object?>? _task;
    private TaskFailureDetails? _replayFailure;
    private bool _suspended;
    private bool _continuedAsNew;
    private bool _episodeStarted;
    private EpisodeResult? _result;

    private OrchestrationExecutor(InstanceRecord record, ITaskOrchestrator? orchestrator, DataConverter dataConverter, ILoggerFactory loggerFactory)
    {
        Record = record;
        _orchestrator = orchestrator;
        _context = new ReplayOrchestrationContext(record.Name, record.InstanceId, dataConverter, loggerFactory) { SerializedInput = record.Input };
    }

    public InstanceRecord Record { get; }

    public int HistoryCount { get; private set; }

    public bool Started { get; private set; }

    /// <summary>Terminal, or handed over to a new generation by ContinueAsNew: it accepts no more messages.</summary>
    public bool Finished => Record.IsTerminal || _continuedAsNew;

    public long LastUsedBatch { get; set; }

    public bool HasHeldMessages => _held.Count > 0;

    /// <summary>The parent orchestrator's name, carried into the next generation by ContinueAsNew.</summary>
    public string? ParentName => _context.Parent?.Name.Name;

    public static OrchestrationExecutor Create(
        InstanceRecord record, IReadOnlyList<HistoryEvent> history, ITaskOrchestrator? orchestrator, DataConverter dataConverter, ILoggerFactory loggerFactory)
    {
        var executor = new OrchestrationExecutor(record, orchestrator, dataConverter, loggerFactory);
        executor.Replay(history);
        return executor;
    }

    /// <summary>Applies new messages in order and returns what to persist and dispatch.</summary>
    public EpisodeResult RunEpisode(IReadOnlyList<EngineMessage> messages, DateTime now)
    {
        var result = new EpisodeResult();
        _result = result;
        _episodeStarted = false;
        _context.SetReplaying(false);
        try
        {
            if (_replayFailure is { } failure && !Finished)
            {
                Fail(failure, now);
            }

            var queue = new Queue<EngineMessage>(messages);
            while (queue.TryDequeue(out var message))
            {
                Apply(message, queue, now);
            }

            if (!Finished)
            {
                FlushActions(now);
                CheckCompletion(now);
            }

            if (_context.CustomStatusChanged && !_continuedAsNew)
            {
                Record.CustomStatus = _context.CustomStatusJson;
                _context.CustomStatusChanged = false;
                result.RecordChanged = true;
            }

            if (result.RecordChanged || result.NewEvents.Count > 0)
            {
                Record.LastUpdatedAt = now;
                result.RecordChanged = true;
            }

            return result;
        }
        finally
        {
            _result = null;
        }
    }

    private void Apply(EngineMessage message, Queue<EngineMessage> queue, DateTime now)
    {
        var result = _result!;
        var historyEvent = message.Event;
        if (Finished || (message.ExecutionId is not null && message.ExecutionId != Record.ExecutionId))
        {
            result.Dropped.Add(message);
            return;
        }

        switch (historyEvent.EventType)
        {
            case HistoryEventType.ExecutionStarted:
                if (Started)
                {
                    result.Dropped.Add(message);
                    return;
                }

                Append(historyEvent, now);
                Record.Status = OrchestrationRuntimeStatus.Running;
                result.RecordChanged = true;
                RunAndCatch(historyEvent);
                result.Consumed.Add(message);
                Release(queue);
                return;

            case HistoryEventType.ExecutionTerminated:
                Append(historyEvent, now);
                Record.Status = OrchestrationRuntimeStatus.Terminated;
                Record.Output = historyEvent.Input;
                result.RecordChanged = true;
                NotifyParent(new HistoryEvent(HistoryEventType.SubOrchestrationInstanceFailed, now)
                {
                    FailureDetails = Failures.Of("TerminatedException", $"Instance '{Record.InstanceId}' was terminated: {historyEvent.Reason}"),
                });
                result.Consumed.Add(message);
                return;

            case HistoryEventType.ExecutionSuspended:
                if (Started && !_suspended)
                {
                    Append(historyEvent, now);
                    _suspended = true;
                    Record.Status = OrchestrationRuntimeStatus.Suspended;
                    result.RecordChanged = true;
                }

                result.Consumed.Add(message);
                return;

            case HistoryEventType.ExecutionResumed:
                if (_suspended)
                {
                    Append(historyEvent, now);
                    _suspended = false;
                    Record.Status = OrchestrationRuntimeStatus.Running;
                    result.RecordChanged = true;
                    result.Consumed.Add(message);
                    Release(queue);
                    return;
                }

                result.Consumed.Add(message);
                return;

            default:
                if (!Started || _suspended)
                {
                    // Durable buffers whatever arrives before the start or during a suspension.
                    _held.Add(message);
                    result.Held.Add(message);
                    return;
                }

                if (historyEvent.EventType is HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed
                    or HistoryEventType.SubOrchestrationInstanceCompleted or HistoryEventType.SubOrchestrationInstanceFailed
                    && !_context.HasOpenTask(historyEvent.TaskId))
                {
                    // A second result for the same task (an activity re-run after a restart): the first one counted.
                    result.Dropped.Add(message);
                    return;
                }

                Append(historyEvent, now);
                RunAndCatch(historyEvent);
                result.Consumed.Add(message);
                return;
        }
    }

    private void Release(Queue<EngineMessage> queue)
    {
        if (_held.Count == 0)
        {
            return;
        }

        var held = _held.ToList();
        _held.Clear();
        var rest = queue.ToList();
        queue.Clear();
        foreach (var message in held.Concat(rest))
        {
            queue.Enqueue(message);
        }
    }

    private void RunAndCatch(HistoryEvent historyEvent)
    {
        try
        {
            ApplyToCode(historyEvent);
        }
        catch (NonDeterministicOrchestrationException ex)
        {
            _replayFailure = Failures.FromException(ex);
        }
    }

    private void Replay(IReadOnlyList<HistoryEvent> history)
    {
        HistoryCount = history.Count;
        _context.SetReplaying(true);
        try
        {
            foreach (var historyEvent in history)
            {
                switch (historyEvent.EventType)
                {
                    case HistoryEventType.ExecutionSuspended:
                        _suspended = true;
                        break;
                    case HistoryEventType.ExecutionResumed:
                        _suspended = false;
                        break;
                    default:
                        ApplyToCode(historyEvent);
                        break;
                }
            }
        }
        catch (NonDeterministicOrchestrationException ex)
        {
            _replayFailure = Failures.FromException(ex);
        }

        _context.SetReplaying(false);
        _context.CustomStatusChanged = false;
    }

    private void ApplyToCode(HistoryEvent historyEvent)
    {
        var previous = SynchronizationContext.Current;
        SynchronizationContext.SetSynchronizationContext(_synchronizationContext);
        try
        {
            switch (historyEvent.EventType)
            {
                case HistoryEventType.OrchestratorStarted:
                    _context.SetTime(historyEvent.Timestamp);
                    break;
                case HistoryEventType.ExecutionStarted:
                    Started = true;
                    _context.SetParent(historyEvent.ParentName, historyEvent.ParentInstanceId);
                    StartOrchestrator(historyEvent.Input);
                    break;
                case HistoryEventType.TaskScheduled:
                    Match(OrchestratorActionKind.ScheduleActivity, historyEvent);
                    break;
                case HistoryEventType.SubOrchestrationInstanceCreated:
                    Match(OrchestratorActionKind.CreateSubOrchestration, historyEvent);
                    break;
                case HistoryEventType.TimerCreated:
                    Match(OrchestratorActionKind.CreateTimer, historyEvent);
                    break;
                case HistoryEventType.EventSent:
                    Match(OrchestratorActionKind.SendEvent, historyEvent);
                    break;
                case HistoryEventType.TaskCompleted:
                case HistoryEventType.SubOrchestrationInstanceCompleted:
                    _context.CompleteTask(historyEvent.TaskId, historyEvent.Result);
                    break;
                case HistoryEventType.TimerFired:
                    _context.CompleteTask(historyEvent.TaskId, null);
                    break;
                case HistoryEventType.TaskFailed:
                case HistoryEventType.SubOrchestrationInstanceFailed:
                    _context.FailTask(historyEvent.TaskId, historyEvent.FailureDetails ?? Failures.Of("Exception", "unknown failure"));
                    break;
                case HistoryEventType.EventRaised:
                    _context.DeliverEvent(historyEvent.Name ?? string.Empty, historyEvent.Input);
                    break;
                default:
                    break;
            }

            _synchronizationContext.Drain();
        }
        catch (Exception ex) when (ex is not NonDeterministicOrchestrationException)
        {
            // Only an escaped continuation (async void, a throwing callback) lands here: it fails the instance.
            _replayFailure ??= Failures.FromException(ex);
        }
        finally
        {
            SynchronizationContext.SetSynchronizationContext(previous);
        }
    }

    private void StartOrchestrator(string? inputJson)
    {
        _context.SerializedInput = inputJson;
        if (_orchestrator is null)
        {
            _task = Task.FromException<object?>(new InvalidOperationException(
                $"orchestrator_not_found: no orchestrator named '{Record.Name}' is registered (DurableTaskRegistry.AddOrchestrator)."));
            return;
        }

        try
        {
            var input = inputJson is null
                ? (_orchestrator.InputType.IsValueType && Nullable.GetUnderlyingType(_orchestrator.InputType) is null ? Activator.CreateInstance(_orchestrator.InputType) : null)
                : _context.DataConverter.Deserialize(inputJson, _orchestrator.InputType);
            _task = _orchestrator.RunAsync(_context, input);
        }
        catch (Exception ex) when (ex is not NonDeterministicOrchestrationException)
        {
            _task = Task.FromException<object?>(ex);
        }
    }

    private void Match(OrchestratorActionKind kind, HistoryEvent historyEvent)
    {
        if (_context.PendingActions.Remove(historyEvent.TaskId, out var action)
            && action.Kind == kind
            && (kind is OrchestratorActionKind.CreateTimer || string.Equals(action.Name, historyEvent.Name, StringComparison.Ordinal)))
        {
            return;
        }

        var now = action is null ? "does nothing" : $"schedules {Describe(action.Kind, action.Name)}";
        throw new NonDeterministicOrchestrationException(
            $"non_deterministic_orchestration: replay of instance '{Record.InstanceId}' diverged from its history at step #{historyEvent.TaskId}: "
            + $"history records {Describe(kind, historyEvent.Name)} but the orchestrator code now {now} there. "
            + "The orchestrator's code changed while the instance was running; it is failed rather than replayed into a corrupt state.");
    }

    private static string Describe(OrchestratorActionKind kind, string? name) => kind switch
    {
        OrchestratorActionKind.ScheduleActivity => $"activity '{name}'",
        OrchestratorActionKind.CreateSubOrchestration => $"sub-orchestration '{name}'",
        OrchestratorActionKind.SendEvent => $"event '{name}' sent",
        _ => "a timer",
    };

    private void FlushActions(DateTime now)
    {
        if (_replayFailure is { } failure)
        {
            Fail(failure, now);
            return;
        }

        if (_context.PendingActions.Count == 0)
        {
            return;
        }

        foreach (var action in _context.PendingActions.Values.OrderBy(a => a.TaskId))
        {
            var historyEvent = action.Kind switch
            {
                OrchestratorActionKind.ScheduleActivity => new HistoryEvent(HistoryEventType.TaskScheduled, now)
                {
                    TaskId = action.TaskId, Name = action.Name, Input = action.Input, Attempt = action.Attempt,
                },
                OrchestratorActionKind.CreateSubOrchestration => new HistoryEvent(HistoryEventType.SubOrchestrationInstanceCreated, now)
                {
                    TaskId = action.TaskId, Name = action.Name, Input = action.Input, InstanceId = action.InstanceId,
                },
                OrchestratorActionKind.SendEvent => new HistoryEvent(HistoryEventType.EventSent, now)
                {
                    TaskId = action.TaskId, Name = action.Name, Input = action.Input, InstanceId = action.InstanceId,
                },
                _ => new HistoryEvent(HistoryEventType.TimerCreated, now) { TaskId = action.TaskId, FireAt = action.FireAt },
            };
            Append(historyEvent, now);
            _result!.Actions.Add(action);
        }

        _context.PendingActions.Clear();
    }

    private void CheckCompletion(DateTime now)
    {
        if (_task is not { IsCompleted: true } || Finished)
        {
            return;
        }

        var result = _result!;
        if (_task.IsCompletedSuccessfully && _context.ContinueAsNewRequest is { } request)
        {
            // History marks the generation's end as DurableTask.Core does; the instance itself is never in this status.
#pragma warning disable CS0618
            Append(new HistoryEvent(HistoryEventType.ExecutionCompleted, now) { Status = OrchestrationRuntimeStatus.ContinuedAsNew, Result = request.Input }, now);
#pragma warning restore CS0618
            var carried = request.PreserveUnprocessedEvents
                ? _context.UnconsumedEvents().Select(e => new HistoryEvent(HistoryEventType.EventRaised, now) { Name = e.Name, Input = e.Payload }).ToList()
                : [];
            result.ContinueAsNew = (request.Input, carried);
            _continuedAsNew = true;
            return;
        }

        if (_task.IsCompletedSuccessfully)
        {
            string? output;
            try
            {
                output = _context.DataConverter.Serialize(_task.Result);
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException)
            {
                Fail(Failures.FromException(ex), now);
                return;
            }

            Append(new HistoryEvent(HistoryEventType.ExecutionCompleted, now) { Status = OrchestrationRuntimeStatus.Completed, Result = output }, now);
            Record.Status = OrchestrationRuntimeStatus.Completed;
            Record.Output = output;
            Record.Failure = null;
            result.RecordChanged = true;
            NotifyParent(new HistoryEvent(HistoryEventType.SubOrchestrationInstanceCompleted, now) { Result = output });
            return;
        }

        var exception = _task.Exception?.InnerException ?? new TaskCanceledException(_task);
        Fail(Failures.FromException(exception), now);
    }

    private void Fail(TaskFailureDetails failure, DateTime now)
    {
        _context.PendingActions.Clear();
        Append(new HistoryEvent(HistoryEventType.ExecutionCompleted, now) { Status = OrchestrationRuntimeStatus.Failed, FailureDetails = failure }, now);
        Record.Status = OrchestrationRuntimeStatus.Failed;
        Record.Failure = failure;
        _result!.RecordChanged = true;
        NotifyParent(new HistoryEvent(HistoryEventType.SubOrchestrationInstanceFailed, now) { FailureDetails = failure });
    }

    private void NotifyParent(HistoryEvent notification)
    {
        if (Record.ParentInstanceId is not null && Record.ParentTaskId is { } parentTaskId)
        {
            _result!.ParentNotification = notification with { TaskId = parentTaskId };
        }
    }

    private void Append(HistoryEvent historyEvent, DateTime now)
    {
        if (!_episodeStarted)
        {
            _episodeStarted = true;
            _context.SetTime(now);
            _result!.NewEvents.Add((HistoryCount++, new HistoryEvent(HistoryEventType.OrchestratorStarted, now)));
        }

        _result!.NewEvents.Add((HistoryCount++, historyEvent));
    }
}
