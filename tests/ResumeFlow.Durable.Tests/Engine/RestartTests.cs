using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using ResumeFlow.Durable.Client;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Tests.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Testing.Durable;

namespace ResumeFlow.Durable.Tests.Engine;

public sealed class RestartTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Restart_replays_history_without_running_completed_activities_again()
    {
        using var database = new TemporaryDatabase();
        var log = new ExecutionLog();
        string instanceId;
        string? statusBefore;
        await using (var first = await StartAsync(database, log))
        {
            instanceId = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Deterministic), cancellation: Ct);
            await WaitForHistoryAsync(first, instanceId, h => h.Any(e => e.EventType == HistoryEventType.TaskCompleted));
            statusBefore = (await first.Client.GetInstanceAsync(instanceId, true, Ct))!.SerializedCustomStatus;
        }

        await using (var second = await StartAsync(database, log))
        {
            await second.Client.RaiseEventAsync(instanceId, "continue", "now", Ct);
            var result = await second.WaitAsync(instanceId, TimeSpan.FromSeconds(30), Ct);

            Assert.Equal(OrchestrationRuntimeStatus.Completed, result.RuntimeStatus);
            var output = JsonSerializer.Deserialize<GuidsAndTime>(result.SerializedOutput!, JsonSerializerOptions.Web)!;
            Assert.True(output.WasReplayingAtStart, "the second process must rebuild the instance by replaying its history");
            Assert.Equal(JsonSerializer.Deserialize<Guid>(statusBefore!), output.First);
            Assert.NotEqual(output.First, output.Second);
            Assert.Equal(1, log.Count("Greet:before"));
            Assert.Equal(1, log.Count("Greet:after"));
            Assert.Equal(1, OrchestratorProbes.FirstPasses.Count(instanceId));
        }
    }

    [Fact]
    public async Task Timer_scheduled_before_a_restart_fires_after_it_at_its_time()
    {
        using var database = new TemporaryDatabase();
        var clock = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 8, 0, 0, TimeSpan.Zero));
        string instanceId;
        await using (var first = await StartAsync(database, clock: clock))
        {
            instanceId = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Sleeper), 3600.0, cancellation: Ct);
            await WaitForHistoryAsync(first, instanceId, h => h.Any(e => e.EventType == HistoryEventType.TimerCreated));
        }

        clock.Advance(TimeSpan.FromMinutes(30));
        await using (var second = await StartAsync(database, clock: clock))
        {
            await Task.Delay(300, Ct);
            Assert.Equal(OrchestrationRuntimeStatus.Running, (await second.Client.GetInstanceAsync(instanceId, cancellation: Ct))!.RuntimeStatus);

            clock.Advance(TimeSpan.FromMinutes(30));
            var result = await second.WaitAsync(instanceId, TimeSpan.FromSeconds(30), Ct);

            var timer = JsonSerializer.Deserialize<TimerResult>(result.SerializedOutput!, JsonSerializerOptions.Web)!;
            Assert.Equal(new DateTime(2026, 1, 1, 9, 0, 0, DateTimeKind.Utc), timer.FireAt);
            Assert.Equal(timer.FireAt, timer.WokeAt);
        }
    }

    [Fact]
    public async Task Replay_that_schedules_a_different_activity_fails_the_instance_with_a_clear_error()
    {
        using var database = new TemporaryDatabase();
        string instanceId;
        await using (var first = await StartAsync(database))
        {
            instanceId = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Evolving), cancellation: Ct);
            await WaitForHistoryAsync(first, instanceId, h => h.Any(e => e.EventType == HistoryEventType.TaskCompleted));
        }

        OrchestratorProbes.CodeVersions[instanceId] = 2;
        await using (var second = await StartAsync(database))
        {
            await second.Client.RaiseEventAsync(instanceId, "go", "now", Ct);
            var result = await second.WaitAsync(instanceId, TimeSpan.FromSeconds(30), Ct);

            Assert.Equal(OrchestrationRuntimeStatus.Failed, result.RuntimeStatus);
            var message = result.FailureDetails!.ErrorMessage;
            Assert.Contains("non_deterministic_orchestration", message, StringComparison.Ordinal);
            Assert.Contains("activity 'Greet'", message, StringComparison.Ordinal);
            Assert.Contains("activity 'Square'", message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Suspension_and_buffered_events_survive_a_restart()
    {
        using var database = new TemporaryDatabase();
        string instanceId;
        await using (var first = await StartAsync(database))
        {
            instanceId = await first.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellation: Ct);
            await first.Client.SuspendInstanceAsync(instanceId, "maintenance", Ct);
            await first.Client.RaiseEventAsync(instanceId, "go", "held", Ct);
        }

        await using (var second = await StartAsync(database))
        {
            await Task.Delay(200, Ct);
            Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await second.Client.GetInstanceAsync(instanceId, cancellation: Ct))!.RuntimeStatus);
            await second.Client.ResumeInstanceAsync(instanceId, "done", Ct);

            var result = await second.WaitAsync(instanceId, TimeSpan.FromSeconds(30), Ct);
            Assert.Equal("\"held\"", result.SerializedOutput);
        }
    }

    private static Task<DurableTestHost> StartAsync(TemporaryDatabase database, ExecutionLog? log = null, TimeProvider? clock = null)
        => DurableTestHost.StartAsync(
            t => t.AddTestWorkflows(),
            s => s.AddTestServices(log),
            new DurableTestHostOptions { DatabasePath = database.Path, TimeProvider = clock },
            Ct);

    private static async Task WaitForHistoryAsync(DurableTestHost host, string instanceId, Func<IReadOnlyList<HistoryEvent>, bool> condition)
    {
        var reader = host.Services.GetRequiredService<IOrchestrationHistoryReader>();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition(await reader.GetHistoryAsync(instanceId, Ct)))
        {
            Assert.True(DateTime.UtcNow < deadline, $"history of {instanceId} never reached the expected state");
            await Task.Delay(20, Ct);
        }
    }
}
