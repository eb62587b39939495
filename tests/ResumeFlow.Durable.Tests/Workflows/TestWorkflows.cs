using System.Collections.Concurrent;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.Tests.Workflows;

/// <summary>Counts activity executions; registered as a singleton (or shared between hosts to span a restart).</summary>
public sealed class ExecutionLog
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);

    public int Record(string key) => _counts.AddOrUpdate(key, 1, (_, n) => n + 1);

    public int Count(string key) => _counts.GetValueOrDefault(key);
}

/// <summary>Switches test orchestrators' behaviour between two hosts, to simulate a code change across a restart.</summary>
public sealed class CodeVersion
{
    public int Version { get; set; } = 1;
}

public sealed class Greet(ExecutionLog log) : Activity<string, string>
{
    public override Task<string> RunAsync(ActivityContext context, string input, CancellationToken cancellationToken)
    {
        log.Record("Greet:" + input);
        return Task.FromResult($"Hello {input}!");
    }
}

public sealed class Square : Activity<int, int>
{
    public override Task<int> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken) => Task.FromResult(input * input);
}

/// <summary>Fails until its attempt number reaches the input's value.</summary>
public sealed class Flaky(ExecutionLog log) : Activity<int, int>
{
    public override Task<int> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken)
    {
        log.Record("Flaky");
        return context.Attempt < input
            ? throw new InvalidOperationException($"flaky attempt {context.Attempt}")
            : Task.FromResult(context.Attempt);
    }
}

public sealed class Sequence : Orchestrator<string[], List<string>>
{
    public override async Task<List<string>> RunAsync(IOrchestrationContext context, string[] input)
    {
        var results = new List<string>();
        foreach (var city in input)
        {
            results.Add(await context.CallActivityAsync<string>(nameof(Greet), city));
        }

        return results;
    }
}

public sealed class FanOut : Orchestrator<int, long>
{
    public override async Task<long> RunAsync(IOrchestrationContext context, int input)
    {
        var tasks = Enumerable.Range(1, input).Select(i => context.CallActivityAsync<int>(nameof(Square), i)).ToList();
        var squares = await Task.WhenAll(tasks);
        return squares.Sum(s => (long)s);
    }
}

public sealed record RetryInput(int SucceedOnAttempt, int MaxAttempts);

public sealed class RetryingCall : Orchestrator<RetryInput, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, RetryInput input)
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

public sealed class Unhandled : Orchestrator<int, int>
{
    public override async Task<int> RunAsync(IOrchestrationContext context, int input)
        => await context.CallActivityAsync<int>(nameof(Flaky), input);
}

public sealed class Parent : Orchestrator<int, List<long>>
{
    public override async Task<List<long>> RunAsync(IOrchestrationContext context, int input)
    {
        var children = Enumerable.Range(0, input).Select(i => context.CallSubOrchestratorAsync<long>(nameof(FanOut), i + 1));
        return [.. await Task.WhenAll(children)];
    }
}

public sealed class FailingParent : Orchestrator<int, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, int input)
    {
        try
        {
            await context.CallSubOrchestratorAsync<int>(nameof(Unhandled), input);
            return "no failure";
        }
        catch (TaskFailedException ex)
        {
            return "child failed: " + ex.FailureDetails.ErrorMessage;
        }
    }
}

public sealed class StatusReporter : Orchestrator<int, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, int input)
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
public sealed class Deterministic(ExecutionLog log) : Orchestrator<string?, GuidsAndTime>
{
    public override async Task<GuidsAndTime> RunAsync(IOrchestrationContext context, string? input)
    {
        var replaying = context.IsReplaying;
        var startedAt = context.CurrentUtcDateTime;
        var first = context.NewGuid();
        context.SetCustomStatus(first);
        if (!context.IsReplaying)
        {
            log.Record("Deterministic:first-pass");
        }

        await context.CallActivityAsync<string>(nameof(Greet), "before");
        await context.WaitForExternalEvent<string>("continue");
        await context.CallActivityAsync<string>(nameof(Greet), "after");
        return new GuidsAndTime(first, context.NewGuid(), startedAt, replaying);
    }
}

public sealed class EventCollector : Orchestrator<int, List<string>>
{
    public override async Task<List<string>> RunAsync(IOrchestrationContext context, int input)
    {
        var received = new List<string>();
        for (var i = 0; i < input; i++)
        {
            received.Add(await context.WaitForExternalEvent<string>("item"));
        }

        return received;
    }
}

public sealed class DelayedEventReader : Orchestrator<string?, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, string? input)
    {
        // The event is raised while the orchestrator is still waiting on this activity: it must be buffered.
        await context.CallActivityAsync<string>(nameof(Greet), "first");
        return await context.WaitForExternalEvent<string>("approval");
    }
}

public sealed record TimerResult(DateTime FireAt, DateTime WokeAt);

public sealed class Sleeper : Orchestrator<double, TimerResult>
{
    public override async Task<TimerResult> RunAsync(IOrchestrationContext context, double input)
    {
        var fireAt = context.CurrentUtcDateTime.AddSeconds(input);
        await context.CreateTimer(fireAt, CancellationToken.None);
        return new TimerResult(fireAt, context.CurrentUtcDateTime);
    }
}

public sealed class EventWithTimeout : Orchestrator<double, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, double input)
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

public sealed class Counter : Orchestrator<int, int>
{
    public override async Task<int> RunAsync(IOrchestrationContext context, int input)
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

public sealed class Waiter : Orchestrator<string?, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, string? input)
        => await context.WaitForExternalEvent<string>("go");
}

/// <summary>Version 1 calls Greet; version 2 calls Square at the same step (a non-deterministic code change).</summary>
public sealed class Evolving(CodeVersion version) : Orchestrator<string?, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, string? input)
    {
        if (version.Version == 1)
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

public sealed class Busy(ConcurrencyProbe probe) : Activity<int, int>
{
    public override async Task<int> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken)
    {
        probe.Enter();
        try
        {
            await Task.Delay(20, cancellationToken);
            return input;
        }
        finally
        {
            probe.Leave();
        }
    }
}

public sealed class BusyFanOut : Orchestrator<int, int>
{
    public override async Task<int> RunAsync(IOrchestrationContext context, int input)
        => (await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(Busy), i)))).Length;
}
