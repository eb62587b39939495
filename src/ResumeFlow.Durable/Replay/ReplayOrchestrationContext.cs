using System.Security.Cryptography;
using System.Text;
using Microsoft.DurableTask;
using Microsoft.Extensions.Logging;

namespace ResumeFlow.Durable.Replay;

/// <summary>
/// The engine's <see cref="TaskOrchestrationContext"/>: records what the orchestrator asks for as
/// actions (matched against history on replay, scheduled when new) and hands out the tasks that
/// history events complete. Everything here runs on the instance's single logical thread.
/// </summary>
internal sealed class ReplayOrchestrationContext(string name, string instanceId, DataConverter dataConverter, ILoggerFactory loggerFactory)
    : TaskOrchestrationContext
{
    /// <summary>Durable's limit on serialized custom status.</summary>
    public const int MaxCustomStatusBytes = 16 * 1024;

    // Namespace of Durable's deterministic NewGuid (RFC 4122 name-based, SHA-1), as the SDK's own context uses.
    private static readonly Guid GuidNamespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    private readonly Dictionary<int, OpenTask> _openTasks = [];
    private readonly Dictionary<string, Queue<string?>> _bufferedEvents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<OpenTask>> _eventWaiters = new(StringComparer.OrdinalIgnoreCase);
    private int _nextTaskId;
    private int _guidCounter;
    private DateTime _now;
    private bool _replaying;
    private ParentOrchestrationInstance? _parent;

    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;

    public override ParentOrchestrationInstance? Parent => _parent;

    public override DateTime CurrentUtcDateTime => _now;

    public override bool IsReplaying => _replaying;

    public string? SerializedInput { get; set; }

    public DataConverter DataConverter { get; } = dataConverter;

    /// <summary>Actions not yet matched with history (replay) or not yet scheduled (live), by task id.</summary>
    public Dictionary<int, OrchestratorAction> PendingActions { get; } = [];

    public string? CustomStatusJson { get; private set; }

    public bool CustomStatusChanged { get; set; }

    public (string? Input, bool PreserveUnprocessedEvents)? ContinueAsNewRequest { get; private set; }

    protected override ILoggerFactory LoggerFactory { get; } = loggerFactory;

    public void SetTime(DateTime now) => _now = now;

    public void SetReplaying(bool replaying) => _replaying = replaying;

    public void SetParent(string? parentName, string? parentInstanceId)
        => _parent = parentInstanceId is null ? null : new ParentOrchestrationInstance(new TaskName(parentName ?? string.Empty), parentInstanceId);

    public override T? GetInput<T>()
        where T : default
        => SerializedInput is null ? default : DataConverter.Deserialize<T>(SerializedInput);

    public override Task<TResult> CallActivityAsync<TResult>(TaskName name, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name.Name, nameof(name));
        ThrowIfOptionsPassedAsInput(input, options);
        var inputJson = DataConverter.Serialize(input);
        return WithRetry(attempt => ScheduleActivity<TResult>(name.Name, inputJson, attempt), options?.Retry);
    }

    public override Task<TResult> CallSubOrchestratorAsync<TResult>(TaskName orchestratorName, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName.Name, nameof(orchestratorName));
        ThrowIfOptionsPassedAsInput(input, options);
        var inputJson = DataConverter.Serialize(input);
        var instanceId = (options as SubOrchestrationOptions)?.InstanceId;
        return WithRetry(_ => ScheduleSubOrchestration<TResult>(orchestratorName.Name, inputJson, instanceId), options?.Retry);
    }

    public override Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var utc = fireAt.Kind == DateTimeKind.Local ? fireAt.ToUniversalTime() : DateTime.SpecifyKind(fireAt, DateTimeKind.Utc);
        var taskId = _nextTaskId++;
        PendingActions[taskId] = new OrchestratorAction(OrchestratorActionKind.CreateTimer, taskId, "timer") { FireAt = utc };
        var open = new OpenTask<NoResult>("timer", DataConverter);
        _openTasks[taskId] = open;
        if (cancellationToken.CanBeCanceled)
        {
            // The timer stays in history (as in Durable); its later TimerFired finds no open task and is ignored.
            cancellationToken.Register(() =>
            {
                _openTasks.Remove(taskId);
                open.Cancel(cancellationToken);
            });
        }

        return open.Task;
    }

    public override Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var open = new OpenTask<T>(eventName, DataConverter);
        if (_bufferedEvents.TryGetValue(eventName, out var buffered) && buffered.Count > 0)
        {
            open.Complete(buffered.Dequeue());
            return open.Task;
        }

        if (!_eventWaiters.TryGetValue(eventName, out var waiters))
        {
            waiters = new LinkedList<OpenTask>();
            _eventWaiters[eventName] = waiters;
        }

        // The newest waiter gets the next event, as in the SDK (a Task.WhenAny loop abandons older waiters).
        var node = waiters.AddFirst(open);
        if (cancellationToken.CanBeCanceled)
        {
            cancellationToken.Register(() =>
            {
                if (node.List is not null)
                {
                    waiters.Remove(node);
                }

                open.Cancel(cancellationToken);
            });
        }

        return open.Task;
    }

    public override void SendEvent(string instanceId, string eventName, object payload)
    {
        ArgumentException.ThrowIfNullOrEmpty(instanceId);
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        var taskId = _nextTaskId++;
        PendingActions[taskId] = new OrchestratorAction(OrchestratorActionKind.SendEvent, taskId, eventName)
        {
            Input = DataConverter.Serialize(payload),
            InstanceId = instanceId,
        };
    }

    public override void SetCustomStatus(object? customStatus)
    {
        var json = DataConverter.Serialize(customStatus);
        if (json is not null && Encoding.UTF8.GetByteCount(json) > MaxCustomStatusBytes)
        {
            throw new ArgumentException(
                $"custom_status_too_large: the custom status serializes to {Encoding.UTF8.GetByteCount(json)} bytes; the limit is {MaxCustomStatusBytes} (16 KB). Put references, not documents, in custom status.",
                nameof(customStatus));
        }

        CustomStatusJson = json;
        CustomStatusChanged = true;
    }

    public override void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
        => ContinueAsNewRequest = (DataConverter.Serialize(newInput), preserveUnprocessedEvents);

    public override Guid NewGuid()
    {
        var name = $"{InstanceId}_{CurrentUtcDateTime:o}_{_guidCounter++}";
        Span<byte> bytes = stackalloc byte[16 + Encoding.UTF8.GetByteCount(name)];
        GuidNamespace.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes[16..]);
        Span<byte> hash = stackalloc byte[20];
#pragma warning disable CA5350 // SHA-1 is what RFC 4122 name-based (v5) GUIDs are defined with; not used for security.
        SHA1.HashData(bytes, hash);
#pragma warning restore CA5350
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true);
    }

    public bool HasOpenTask(int taskId) => _openTasks.ContainsKey(taskId);

    public void CompleteTask(int taskId, string? resultJson)
    {
        if (_openTasks.Remove(taskId, out var open))
        {
            open.Complete(resultJson);
        }
    }

    public void FailTask(int taskId, TaskFailureDetails failure)
    {
        if (_openTasks.Remove(taskId, out var open))
        {
            open.Fail(taskId, failure);
        }
    }

    public void DeliverEvent(string name, string? payloadJson)
    {
        if (_eventWaiters.TryGetValue(name, out var waiters) && waiters.First is { } first)
        {
            waiters.RemoveFirst();
            first.Value.Complete(payloadJson);
            return;
        }

        if (!_bufferedEvents.TryGetValue(name, out var queue))
        {
            queue = new Queue<string?>();
            _bufferedEvents[name] = queue;
        }

        queue.Enqueue(payloadJson);
    }

    /// <summary>Events received but not consumed: carried into the next generation by ContinueAsNew.</summary>
    public IEnumerable<(string Name, string? Payload)> UnconsumedEvents()
        => _bufferedEvents.SelectMany(pair => pair.Value.Select(payload => (pair.Key, payload)));

    private static void ThrowIfOptionsPassedAsInput(object? input, TaskOptions? options)
    {
        if (input is TaskOptions && options is null)
        {
            throw new ArgumentException("A TaskOptions value was passed as the input and no options were given: pass it as the options argument.", nameof(input));
        }
    }

    private Task<T> ScheduleActivity<T>(string name, string? inputJson, int attempt)
    {
        var taskId = _nextTaskId++;
        PendingActions[taskId] = new OrchestratorAction(OrchestratorActionKind.ScheduleActivity, taskId, name) { Input = inputJson, Attempt = attempt };
        var open = new OpenTask<T>(name, DataConverter);
        _openTasks[taskId] = open;
        return open.Task;
    }

    private Task<T> ScheduleSubOrchestration<T>(string name, string? inputJson, string? instanceId)
    {
        var taskId = _nextTaskId++;
        var childId = instanceId ?? $"{InstanceId}:{taskId}";
        PendingActions[taskId] = new OrchestratorAction(OrchestratorActionKind.CreateSubOrchestration, taskId, name) { Input = inputJson, InstanceId = childId };
        var open = new OpenTask<T>(name, DataConverter);
        _openTasks[taskId] = open;
        return open.Task;
    }

    private Task<T> WithRetry<T>(Func<int, Task<T>> call, TaskRetryOptions? retry) => retry switch
    {
        { Policy: { } policy } => RetryWithPolicyAsync(call, policy),
        { Handler: { } handler } => RetryWithHandlerAsync(call, handler),
        _ => call(1),
    };

    // Durable's retry: each attempt is a new task; the wait between attempts is a durable timer, so it survives restarts and replays.
    private async Task<T> RetryWithPolicyAsync<T>(Func<int, Task<T>> call, RetryPolicy policy)
    {
        var firstAttemptAt = CurrentUtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(attempt);
            }
            catch (TaskFailedException ex) when (attempt < policy.MaxNumberOfAttempts
                && (policy.RetryTimeout == Timeout.InfiniteTimeSpan || CurrentUtcDateTime - firstAttemptAt < policy.RetryTimeout)
                && policy.Handle(ex))
            {
                // Retry below, after the back-off delay.
            }

            var delay = policy.FirstRetryInterval.TotalMilliseconds * Math.Pow(policy.BackoffCoefficient, attempt - 1);
            await CreateTimer(CurrentUtcDateTime.AddMilliseconds(Math.Min(delay, policy.MaxRetryInterval.TotalMilliseconds)), CancellationToken.None);
        }
    }

    // The handler decides (and may wait on its own durable timers); it runs as orchestrator code, so it replays too.
    private async Task<T> RetryWithHandlerAsync<T>(Func<int, Task<T>> call, AsyncRetryHandler handler)
    {
        var firstAttemptAt = CurrentUtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(attempt);
            }
            catch (TaskFailedException ex)
            {
                var retryContext = new RetryContext(this, attempt, ex.FailureDetails, CurrentUtcDateTime - firstAttemptAt, CancellationToken.None);
                if (!await handler(retryContext))
                {
                    throw;
                }
            }
        }
    }
}
