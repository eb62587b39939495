using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace ResumeFlow.Durable.Tests.Workflows;

/// <summary>Counts activity executions; registered as a singleton (or shared between hosts to span a restart).</summary>
public sealed class ExecutionLog
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Record(string key) => _counts.AddOrUpdate(key, 1, (_, n) => n + 1);

    public int Count(string key) => _counts.GetValueOrDefault(key);
}

/// <summary>
/// What test orchestrators report or read, keyed by instance id: the SDK creates orchestrators with
/// their parameterless constructor (no dependency injection), so they cannot be handed a service.
/// </summary>
public static class OrchestratorProbes
{
    /// <summary>Non-replaying first passes of <see cref="Deterministic"/>, by instance id.</summary>
    public static ExecutionLog FirstPasses { get; } = new();

    /// <summary>The code version <see cref="Evolving"/> runs for an instance (1 when unset): changing it across a restart simulates a code change.</summary>
    public static ConcurrentDictionary<string, int> CodeVersions { get; } = new(StringComparer.Ordinal);
}

public sealed class Greet(ExecutionLog log) : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input)
    {
        log.Record("Greet:" + input);
        return Task.FromResult($"Hello {input}!");
    }
}

public sealed class Square : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input * input);
}

/// <summary>Fails until the number of times it has run (in this log) reaches the input's value.</summary>
public sealed class Flaky(ExecutionLog log) : TaskActivity<int, int>
{
    public override Task<int> RunAsync(TaskActivityContext context, int input)
    {
        var attempt = log.Record("Flaky");
        return attempt < input
            ? throw new InvalidOperationException($"flaky attempt {attempt}")
            : Task.FromResult(attempt);
    }
}

public sealed class Sequence : TaskOrchestrator<string[], List<string>>
{
    public override async Task<List<string>> RunAsync(TaskOrchestrationContext context, string[] input)
    {
        var results = new List<string>();
        foreach (var city in input)
        {
            results.Add(await context.CallActivityAsync<string>(nameof(Greet), city));
        }

        return results;
    }
}

public sealed class FanOut : TaskOrchestrator<int, long>
{
    public override async Task<long> RunAsync(TaskOrchestrationContext context, int input)
    {
        var tasks = Enumerable.Range(1, input).Select(i => context.CallActivityAsync<int>(nameof(Square), i)).ToList();
        var squares = await Task.WhenAll(tasks);
        return squares.Sum(s => (long)s);
    }
}

public sealed record RetryInput(int SucceedOnAttempt, int MaxAttempts);

public sealed class RetryingCall : TaskOrchestrator<RetryInput, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, RetryInput input)
    {
        var policy = new RetryPolicy(input.MaxAttempts, TimeSpan.FromMilliseconds(20), backoffCoefficient: 2);
        try
        {
            var attempt = await context.CallActivityAsync<int>(nameof(Flaky), input.SucceedOnAttempt, TaskOptions.FromRetryPolicy(policy));
            return $"succeeded on attempt {attempt}";
        }
        catch (TaskFailedException ex)
        {
            return $"caught {ex.TaskName}: {ex.FailureDetails.ErrorMessage}";
        }
    }
}

public sealed class Unhandled : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        => await context.CallActivityAsync<int>(nameof(Flaky), input);
}

public sealed class Parent : TaskOrchestrator<int, List<long>>
{
    public override async Task<List<long>> RunAsync(TaskOrchestrationContext context, int input)
    {
        var children = Enumerable.Range(0, input).Select(i => context.CallSubOrchestratorAsync<long>(nameof(FanOut), i + 1));
        return [.. await Task.WhenAll(children)];
    }
}

public sealed class FailingParent : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        try
        {
            await context.CallSubOrchestratorAsync<int>(nameof(Unhandled), input);
            return "no failure";
        }
        catch (TaskFailedException ex)
        {
            // What the SDK's workers throw for a failed sub-orchestration: TaskFailedException carrying the child's failure.
            return $"child failed|{ex.TaskName}|{ex.FailureDetails.ErrorType}|{ex.FailureDetails.InnerFailure?.ErrorType}|{ex.FailureDetails.ErrorMessage}";
        }
    }
}

public sealed class StatusReporter : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        context.SetCustomStatus(new { phase = "started", size = input });
        try
        {
            context.SetCustomStatus(new { blob = new string('x', input) });
        }
        catch (ArgumentException ex)
        {
            await context.WaitForExternalEvent<string>("go");
            return ex.Message;
        }

        await context.WaitForExternalEvent<string>("go");
        return "accepted";
    }
}

public sealed record GuidsAndTime(Guid First, Guid Second, DateTime StartedAt, bool WasReplayingAtStart);

/// <summary>Waits for an event between two NewGuid calls; across a restart both must come out the same.</summary>
public sealed class Deterministic : TaskOrchestrator<string?, GuidsAndTime>
{
    public override async Task<GuidsAndTime> RunAsync(TaskOrchestrationContext context, string? input)
    {
        var replaying = context.IsReplaying;
        var startedAt = context.CurrentUtcDateTime;
        var first = context.NewGuid();
        context.SetCustomStatus(first);
        if (!context.IsReplaying)
        {
            OrchestratorProbes.FirstPasses.Record(context.InstanceId);
        }

        await context.CallActivityAsync<string>(nameof(Greet), "before");
        await context.WaitForExternalEvent<string>("continue");
        await context.CallActivityAsync<string>(nameof(Greet), "after");
        return new GuidsAndTime(first, context.NewGuid(), startedAt, replaying);
    }
}

public sealed class EventCollector : TaskOrchestrator<int, List<string>>
{
    public override async Task<List<string>> RunAsync(TaskOrchestrationContext context, int input)
    {
        var received = new List<string>();
        for (var i = 0; i < input; i++)
        {
            received.Add(await context.WaitForExternalEvent<string>("item"));
        }

        return received;
    }
}

public sealed class DelayedEventReader : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        // The event is raised while the orchestrator is still waiting on this activity: it must be buffered.
        await context.CallActivityAsync<string>(nameof(Greet), "first");
        return await context.WaitForExternalEvent<string>("approval");
    }
}

public sealed record TimerResult(DateTime FireAt, DateTime WokeAt);

public sealed class Sleeper : TaskOrchestrator<double, TimerResult>
{
    public override async Task<TimerResult> RunAsync(TaskOrchestrationContext context, double input)
    {
        var fireAt = context.CurrentUtcDateTime.AddSeconds(input);
        await context.CreateTimer(fireAt, CancellationToken.None);
        return new TimerResult(fireAt, context.CurrentUtcDateTime);
    }
}

public sealed class EventWithTimeout : TaskOrchestrator<double, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, double input)
    {
        using var cancel = new CancellationTokenSource();
        var timer = context.CreateTimer(context.CurrentUtcDateTime.AddSeconds(input), cancel.Token);
        var approval = context.WaitForExternalEvent<string>("approval", cancel.Token);
        var winner = await Task.WhenAny(timer, approval);
        // Cancel synchronously: orchestrator code must stay on its own logical thread (CancelAsync would hop to the thread pool).
#pragma warning disable CA1849
        cancel.Cancel();
#pragma warning restore CA1849
        return winner == approval ? "approved: " + approval.Result : "timed out";
    }
}

public sealed class Counter : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        if (input >= 5)
        {
            return input;
        }

        await context.CallActivityAsync<int>(nameof(Square), input);
        context.ContinueAsNew(input + 1);
        return input;
    }
}

public sealed class Waiter : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
        => await context.WaitForExternalEvent<string>("go");
}

/// <summary>Version 1 calls Greet; version 2 calls Square at the same step (a non-deterministic code change).</summary>
public sealed class Evolving : TaskOrchestrator<string?, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string? input)
    {
        if (OrchestratorProbes.CodeVersions.GetValueOrDefault(context.InstanceId, 1) == 1)
        {
            await context.CallActivityAsync<string>(nameof(Greet), "v1");
        }
        else
        {
            await context.CallActivityAsync<int>(nameof(Square), 2);
        }

        return await context.WaitForExternalEvent<string>("go");
    }
}

/// <summary>Tracks how many <see cref="Busy"/> activities run at once.</summary>
public sealed class ConcurrencyProbe
{
    private int _current;
    private int _max;

    public int Max => Volatile.Read(ref _max);

    public void Enter()
    {
        var now = Interlocked.Increment(ref _current);
        int seen;
        while (now > (seen = Volatile.Read(ref _max)) && Interlocked.CompareExchange(ref _max, now, seen) != seen)
        {
        }
    }

    public void Leave() => Interlocked.Decrement(ref _current);
}

public sealed class Busy(ConcurrencyProbe probe) : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input)
    {
        probe.Enter();
        try
        {
            await Task.Delay(20);
            return input;
        }
        finally
        {
            probe.Leave();
        }
    }
}

public sealed class BusyFanOut : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        => (await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(Busy), i)))).Length;
}

/// <summary>Sends an event to the instance named by its input (TaskOrchestrationContext.SendEvent).</summary>
public sealed class Messenger : TaskOrchestrator<string, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SendEvent(input, "go", "from " + context.InstanceId);
        return Task.FromResult("sent");
    }
}

/// <summary>Returns what its child sees as its parent.</summary>
public sealed class ParentOfReporter : TaskOrchestrator<string?, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string? input)
        => context.CallSubOrchestratorAsync<string>(nameof(ParentReporter), options: new SubOrchestrationOptions(retry: null, instanceId: "child-of-" + context.InstanceId));
}

public sealed class ParentReporter : TaskOrchestrator<string?, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string? input)
        => Task.FromResult($"{context.Parent?.Name.Name}/{context.Parent?.InstanceId}");
}

/// <summary>Retries Flaky through an AsyncRetryHandler that allows <c>input</c> attempts in all.</summary>
public sealed class HandlerRetry : TaskOrchestrator<int, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, int input)
    {
        var options = TaskOptions.FromRetryHandler(new AsyncRetryHandler(retry => Task.FromResult(retry.LastAttemptNumber < input)));
        try
        {
            return "succeeded on attempt " + await context.CallActivityAsync<int>(nameof(Flaky), 3, options);
        }
        catch (TaskFailedException ex)
        {
            return "gave up: " + ex.FailureDetails.ErrorMessage;
        }
    }
}

/// <summary>
/// Asks for a constructor dependency, which the SDK's registry does not give orchestrators (it
/// creates them with their parameterless constructor): its instances fail.
/// </summary>
public sealed class NeedsService(ExecutionLog log) : TaskOrchestrator<string?, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, string? input) => Task.FromResult(log.Count("any"));
}
