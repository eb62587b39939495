using System.Security.Cryptography;
using System.Text;
using ResumeFlow.Durable.Serialization;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.Replay;

/// <summary>
/// The engine's <see cref="IOrchestrationContext"/>: records what the orchestrator asks for as
/// actions (matched against history on replay, scheduled when new) and hands out the tasks that
/// history events complete. Everything here runs on the instance's single logical thread.
/// </summary>
internal sealed class ReplayOrchestrationContext : IOrchestrationContext
{
    /// <summary>Durable's limit on serialized custom status.</summary>
    public const int MaxCustomStatusBytes = 16 * 1024;

    // Namespace of Durable's deterministic NewGuid (RFC 4122 name-based, SHA-1).
    private static readonly Guid GuidNamespace = new("9e952958-5e33-4daf-827f-2fa12937b875");

    private readonly Dictionary<int, OpenTask> _openTasks = [];
    private readonly Dictionary<string, Queue<string?>> _bufferedEvents = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, LinkedList<OpenTask>> _eventWaiters = new(StringComparer.OrdinalIgnoreCase);
    private int _nextTaskId;
    private int _guidCounter;

    public ReplayOrchestrationContext(string name, string instanceId)
    {
        Name = name;
        InstanceId = instanceId;
    }

    public string Name { get; }

    public string InstanceId { get; }

    public DateTime CurrentUtcDateTime { get; set; }

    public bool IsReplaying { get; set; }

    public string? SerializedInput { get; set; }

    /// <summary>Actions not yet matched with history (replay) or not yet scheduled (live), by task id.</summary>
    public Dictionary<int, OrchestratorAction> PendingActions { get; } = [];

    public string? CustomStatusJson { get; private set; }

    public bool CustomStatusChanged { get; set; }

    public (string? Input, bool PreserveUnprocessedEvents)? ContinueAsNewRequest { get; private set; }

    public T? GetInput<T>() => DurableJson.Deserialize<T>(SerializedInput);

    public Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        var inputJson = DurableJson.Serialize(input);
        return options?.Retry is { } policy
            ? RetryAsync(attempt => ScheduleActivity<TResult>(name, inputJson, attempt), policy)
            : ScheduleActivity<TResult>(name, inputJson, 1);
    }

    public Task CallActivityAsync(string name, object? input = null, TaskOptions? options = null)
        => CallActivityAsync<NoResult>(name, input, options);

    public Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(orchestratorName);
        var inputJson = DurableJson.Serialize(input);
        var instanceId = (options as SubOrchestrationOptions)?.InstanceId;
        return options?.Retry is { } policy
            ? RetryAsync(_ => ScheduleSubOrchestration<TResult>(orchestratorName, inputJson, instanceId), policy)
            : ScheduleSubOrchestration<TResult>(orchestratorName, inputJson, instanceId);
    }

    public Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, TaskOptions? options = null)
        => CallSubOrchestratorAsync<NoResult>(orchestratorName, input, options);

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken)
    {
        var utc = fireAt.Kind == DateTimeKind.Local ? fireAt.ToUniversalTime() : DateTime.SpecifyKind(fireAt, DateTimeKind.Utc);
        var taskId = _nextTaskId++;
        PendingActions[taskId] = new OrchestratorAction(OrchestratorActionKind.CreateTimer, taskId, "timer") { FireAt = utc };
        var open = new OpenTask<bool>("timer");
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

    public Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(eventName);
        if (_bufferedEvents.TryGetValue(eventName, out var buffered) && buffered.Count > 0)
        {
            var waiter = new OpenTask<T>(eventName);
            waiter.Complete(buffered.Dequeue());
            return waiter.Task;
        }

        var open = new OpenTask<T>(eventName);
        if (!_eventWaiters.TryGetValue(eventName, out var waiters))
        {
            waiters = new LinkedList<OpenTask>();
            _eventWaiters[eventName] = waiters;
        }

        var node = waiters.AddLast(open);
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

    public void SetCustomStatus(object? customStatus)
    {
        var json = DurableJson.Serialize(customStatus);
        if (json is not null && Encoding.UTF8.GetByteCount(json) > MaxCustomStatusBytes)
        {
            throw new ArgumentException(
                $"custom_status_too_large: the custom status serializes to {Encoding.UTF8.GetByteCount(json)} bytes; the limit is {MaxCustomStatusBytes} (16 KB). Put references, not documents, in custom status.",
                nameof(customStatus));
        }

        CustomStatusJson = json;
        CustomStatusChanged = true;
    }

    public void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
        => ContinueAsNewRequest = (DurableJson.Serialize(newInput), preserveUnprocessedEvents);

    public Guid NewGuid()
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

    public void FailTask(int taskId, FailureDetails failure)
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

    private Task<T> ScheduleActivity<T>(string name, string? inputJson, int attempt)
    {
        var taskId = _nextTaskId++;
        PendingActions[taskId] = new OrchestratorAction(OrchestratorActionKind.ScheduleActivity, taskId, name) { Input = inputJson, Attempt = attempt };
        var open = new OpenTask<T>(name);
        _openTasks[taskId] = open;
        return open.Task;
    }

    private Task<T> ScheduleSubOrchestration<T>(string name, string? inputJson, string? instanceId)
    {
        var taskId = _nextTaskId++;
        var childId = instanceId ?? $"{InstanceId}:{taskId}";
        PendingActions[taskId] = new OrchestratorAction(OrchestratorActionKind.CreateSubOrchestration, taskId, name) { Input = inputJson, InstanceId = childId };
        var open = new OpenTask<T>(name);
        _openTasks[taskId] = open;
        return open.Task;
    }

    // Durable's retry: each attempt is a new task; the wait between attempts is a durable timer, so it survives restarts and replays.
    private async Task<T> RetryAsync<T>(Func<int, Task<T>> call, RetryPolicy policy)
    {
        var firstAttemptAt = CurrentUtcDateTime;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await call(attempt);
            }
            catch (TaskFailedException) when (attempt < policy.MaxNumberOfAttempts
                && (policy.RetryTimeout == Timeout.InfiniteTimeSpan || CurrentUtcDateTime - firstAttemptAt < policy.RetryTimeout))
            {
                // Retry below, after the back-off delay.
            }

            await CreateTimer(CurrentUtcDateTime + policy.DelayBeforeRetry(attempt), CancellationToken.None);
        }
    }
}
