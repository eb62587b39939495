using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Durable.Client;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Tests.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Testing.Durable;

namespace ResumeFlow.Durable.Tests.Engine;

public sealed class OrchestrationBehaviourTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static Task<DurableTestHost> StartAsync(ExecutionLog? log = null) => DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(log), cancellationToken: Ct);

    [Fact]
    public async Task Activities_in_sequence_complete_with_their_outputs_in_order()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(Sequence), new[] { "Tokyo", "Seattle", "London" }, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(["Hello Tokyo!", "Hello Seattle!", "Hello London!"], JsonSerializer.Deserialize<string[]>(result.SerializedOutput!)!);
        Assert.Equal("[\"Tokyo\",\"Seattle\",\"London\"]", result.SerializedInput);
    }

    [Fact]
    public async Task Fan_out_of_many_activities_fans_back_in_with_every_result()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(FanOut), 500, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal(Enumerable.Range(1, 500).Sum(i => (long)i * i), long.Parse(result.SerializedOutput!, System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task Retry_policy_runs_a_failing_activity_again_until_it_succeeds()
    {
        var log = new ExecutionLog();
        await using var host = await StartAsync(log);

        var result = await host.RunAsync(nameof(RetryingCall), new RetryInput(SucceedOnAttempt: 3, MaxAttempts: 5), Ct);

        Assert.Equal("\"succeeded on attempt 3\"", result.SerializedOutput);
        Assert.Equal(3, log.Count("Flaky"));
    }

    [Fact]
    public async Task Activity_failing_after_all_retries_throws_TaskFailedException_into_the_orchestrator()
    {
        var log = new ExecutionLog();
        await using var host = await StartAsync(log);

        var result = await host.RunAsync(nameof(RetryingCall), new RetryInput(SucceedOnAttempt: 10, MaxAttempts: 2), Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("\"caught Flaky: flaky attempt 2\"", result.SerializedOutput);
        Assert.Equal(2, log.Count("Flaky"));
    }

    [Fact]
    public async Task Unhandled_task_failure_fails_the_instance_with_failure_details()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(Unhandled), 5, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.NotNull(result.FailureDetails);
        Assert.Equal(typeof(TaskFailedException).FullName, result.FailureDetails.ErrorType);
        Assert.Equal(typeof(InvalidOperationException).FullName, result.FailureDetails.InnerFailure?.ErrorType);
        Assert.Equal("flaky attempt 1", result.FailureDetails.InnerFailure?.ErrorMessage);
    }

    [Fact]
    public async Task Sub_orchestrations_return_their_outputs_to_the_parent()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(Parent), 4, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal([1L, 5L, 14L, 30L], JsonSerializer.Deserialize<long[]>(result.SerializedOutput!)!);
        var children = await host.ListInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = result.InstanceId + ":" }, Ct);
        Assert.Equal(4, children.Count);
        Assert.All(children, c => Assert.Equal(OrchestrationRuntimeStatus.Completed, c.RuntimeStatus));
    }

    [Fact]
    public async Task Failed_sub_orchestration_surfaces_as_TaskFailedException_carrying_the_childs_failure()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(FailingParent), 3, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        var parts = result.ReadOutputAs<string>()!.Split('|');
        Assert.Equal("child failed", parts[0]);
        Assert.Equal(nameof(Unhandled), parts[1]);
        Assert.Equal(typeof(TaskFailedException).FullName, parts[2]);
        Assert.Equal(typeof(InvalidOperationException).FullName, parts[3]);
        Assert.Contains("flaky attempt 1", parts[4], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retry_handler_decides_whether_a_failed_activity_runs_again()
    {
        var log = new ExecutionLog();
        await using (var host = await StartAsync(log))
        {
            var succeeded = await host.RunAsync(nameof(HandlerRetry), 5, Ct);
            Assert.Equal("succeeded on attempt 3", succeeded.ReadOutputAs<string>());
            Assert.Equal(3, log.Count("Flaky"));
        }

        await using (var host = await StartAsync())
        {
            var gaveUp = await host.RunAsync(nameof(HandlerRetry), 2, Ct);
            Assert.Equal("gave up: flaky attempt 2", gaveUp.ReadOutputAs<string>());
        }
    }

    [Fact]
    public async Task Orchestrator_sends_an_event_to_another_instance()
    {
        await using var host = await StartAsync();
        var waiter = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellation: Ct);

        var sender = await host.RunAsync(nameof(Messenger), waiter, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, sender.RuntimeStatus);
        var received = await host.WaitAsync(waiter, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal("from " + sender.InstanceId, received.ReadOutputAs<string>());
        var history = await host.Services.GetRequiredService<IOrchestrationHistoryReader>().GetHistoryAsync(sender.InstanceId, Ct);
        Assert.Single(history, e => e.EventType == HistoryEventType.EventSent && e.InstanceId == waiter);
    }

    [Fact]
    public async Task Sub_orchestration_sees_its_parent_and_runs_under_the_instance_id_it_was_given()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(ParentOfReporter), null, Ct);

        Assert.Equal($"{nameof(ParentOfReporter)}/{result.InstanceId}", result.ReadOutputAs<string>());
        Assert.NotNull(await host.Client.GetInstanceAsync("child-of-" + result.InstanceId, Ct));
    }

    [Fact]
    public async Task Wait_for_start_returns_once_the_instance_runs()
    {
        await using var host = await StartAsync();
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), "in", Ct);

        var started = await host.Client.WaitForInstanceStartAsync(id, getInputsAndOutputs: true, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Running, started.RuntimeStatus);
        Assert.Equal("in", started.ReadInputAs<string>());
    }

    [Fact]
    public async Task Custom_status_is_visible_while_running_and_more_than_16_KB_is_rejected()
    {
        await using var host = await StartAsync();

        var small = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(StatusReporter), 100, cancellation: Ct);
        var large = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(StatusReporter), 17_000, cancellation: Ct);
        await WaitForStatusAsync(host, small, s => s.SerializedCustomStatus?.Contains("xxxx", StringComparison.Ordinal) == true);
        var largeStatus = await WaitForStatusAsync(host, large, s => s.SerializedCustomStatus is not null);
        Assert.Contains("\"phase\":\"started\"", largeStatus.SerializedCustomStatus, StringComparison.Ordinal);

        await host.Client.RaiseEventAsync(small, "go", "now", Ct);
        await host.Client.RaiseEventAsync(large, "go", "now", Ct);

        Assert.Equal("\"accepted\"", (await host.WaitAsync(small, TimeSpan.FromSeconds(30), Ct)).SerializedOutput);
        Assert.Contains("custom_status_too_large", (await host.WaitAsync(large, TimeSpan.FromSeconds(30), Ct)).SerializedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task External_events_raised_before_they_are_awaited_are_buffered_in_order()
    {
        await using var host = await StartAsync();

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(EventCollector), 3, cancellation: Ct);
        await host.Client.RaiseEventAsync(id, "item", "a", Ct);
        await host.Client.RaiseEventAsync(id, "item", "b", Ct);
        await host.Client.RaiseEventAsync(id, "item", "c", Ct);

        var result = await host.WaitAsync(id, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(["a", "b", "c"], JsonSerializer.Deserialize<string[]>(result.SerializedOutput!)!);
    }

    [Fact]
    public async Task Event_raised_while_orchestrator_awaits_something_else_is_delivered_later()
    {
        await using var host = await StartAsync();

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(DelayedEventReader), cancellation: Ct);
        await host.Client.RaiseEventAsync(id, "approval", "yes", Ct);

        Assert.Equal("\"yes\"", (await host.WaitAsync(id, TimeSpan.FromSeconds(30), Ct)).SerializedOutput);
    }

    [Fact]
    public async Task Timer_delays_the_orchestrator_until_its_fire_time()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(Sleeper), 0.5, Ct);

        var timer = JsonSerializer.Deserialize<TimerResult>(result.SerializedOutput!, JsonSerializerOptions.Web)!;
        Assert.True(timer.WokeAt >= timer.FireAt, $"woke at {timer.WokeAt:O} before {timer.FireAt:O}");
    }

    [Fact]
    public async Task Event_and_timer_race_picks_whichever_comes_first()
    {
        await using var host = await StartAsync();

        var approved = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(EventWithTimeout), 60.0, cancellation: Ct);
        await host.Client.RaiseEventAsync(approved, "approval", "ok", Ct);
        var timedOut = await host.RunAsync(nameof(EventWithTimeout), 0.2, Ct);

        Assert.Equal("\"approved: ok\"", (await host.WaitAsync(approved, TimeSpan.FromSeconds(30), Ct)).SerializedOutput);
        Assert.Equal("\"timed out\"", timedOut.SerializedOutput);
    }

    [Fact]
    public async Task ContinueAsNew_restarts_with_new_input_and_truncated_history()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(Counter), 0, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
        Assert.Equal("5", result.SerializedOutput);
        Assert.Equal("5", result.SerializedInput);
        var history = await host.Services.GetRequiredService<IOrchestrationHistoryReader>().GetHistoryAsync(result.InstanceId, Ct);
        Assert.DoesNotContain(history, e => e.EventType == HistoryEventType.TaskScheduled);
        Assert.Single(history, e => e.EventType == HistoryEventType.ExecutionStarted);
    }

    [Fact]
    public async Task Unknown_orchestrator_fails_the_instance_with_a_clear_error()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync("NoSuchOrchestrator", null, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.Contains("orchestrator_not_found", result.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Orchestrator_that_cannot_be_created_fails_its_instance_and_the_engine_carries_on()
    {
        await using var host = await StartAsync();

        var result = await host.RunAsync(nameof(NeedsService), null, Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
        Assert.StartsWith("orchestrator_unavailable", result.FailureDetails?.ErrorMessage, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.RunAsync(nameof(Sequence), new[] { "after" }, Ct)).RuntimeStatus);
    }

    [Fact]
    public async Task Starting_an_id_that_is_running_is_a_no_op_and_a_finished_id_starts_again()
    {
        await using var host = await StartAsync();
        var options = new StartOrchestrationOptions("fixed-id");

        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), "first", options, Ct);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), "second", options, Ct);
        var running = await host.Client.GetInstanceAsync("fixed-id", getInputsAndOutputs: true, Ct);
        Assert.Equal("\"first\"", running!.SerializedInput);

        await host.Client.RaiseEventAsync("fixed-id", "go", "done-1", Ct);
        await host.WaitAsync("fixed-id", TimeSpan.FromSeconds(30), Ct);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), "third", options, Ct);
        await host.Client.RaiseEventAsync("fixed-id", "go", "done-2", Ct);

        var rerun = await host.WaitAsync("fixed-id", TimeSpan.FromSeconds(30), Ct);
        Assert.Equal("\"third\"", rerun.SerializedInput);
        Assert.Equal("\"done-2\"", rerun.SerializedOutput);
    }

    [Fact]
    public async Task Delayed_start_stays_pending_until_its_start_time()
    {
        await using var host = await StartAsync();

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Sequence), new[] { "Later" }, new StartOrchestrationOptions(StartAt: DateTimeOffset.UtcNow.AddSeconds(1)), Ct);

        Assert.Equal(OrchestrationRuntimeStatus.Pending, (await host.Client.GetInstanceAsync(id, cancellation: Ct))!.RuntimeStatus);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitAsync(id, TimeSpan.FromSeconds(30), Ct)).RuntimeStatus);
    }

    [Fact]
    public async Task Activities_run_in_parallel_but_never_more_than_the_configured_bound()
    {
        var probe = new ConcurrencyProbe();
        await using var host = await DurableTestHost.StartAsync(
            t =>
            {
                t.AddOrchestrator<BusyFanOut>();
                t.AddActivity<Busy>();
            },
            s => s.AddSingleton(probe),
            new DurableTestHostOptions { ConfigureEngine = o => o.MaxConcurrentActivities = 3 },
            Ct);

        var result = await host.RunAsync(nameof(BusyFanOut), 30, Ct);

        Assert.Equal("30", result.SerializedOutput);
        Assert.InRange(probe.Max, 2, 3);
    }

    internal static async Task<OrchestrationMetadata> WaitForStatusAsync(DurableTestHost host, string instanceId, Func<OrchestrationMetadata, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            var status = await host.Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, Ct);
            if (status is not null && condition(status))
            {
                return status;
            }

            Assert.True(DateTime.UtcNow < deadline, $"instance {instanceId} never reached the expected state; last: {status?.RuntimeStatus} {status?.SerializedCustomStatus}");
            await Task.Delay(20, Ct);
        }
    }
}
