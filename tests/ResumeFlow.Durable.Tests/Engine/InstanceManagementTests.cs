using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Durable.Client;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Tests.Workflows;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Testing.Durable;

namespace ResumeFlow.Durable.Tests.Engine;

public sealed class InstanceManagementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Terminate_ends_a_running_instance_with_the_reason_as_output()
    {
        await using var host = await DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(), cancellationToken: Ct);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellation: Ct);

        await host.Client.TerminateInstanceAsync(id, "no longer needed", Ct);

        var result = await host.WaitAsync(id, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("\"no longer needed\"", result.SerializedOutput);
        await host.Client.RaiseEventAsync(id, "go", "too late", Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await host.Client.GetInstanceAsync(id, cancellation: Ct))!.RuntimeStatus);
    }

    [Fact]
    public async Task Suspended_instance_holds_events_until_resumed()
    {
        await using var host = await DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(), cancellationToken: Ct);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellation: Ct);

        await host.Client.SuspendInstanceAsync(id, "pause", Ct);
        await host.Client.RaiseEventAsync(id, "go", "value", Ct);
        await Task.Delay(200, Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await host.Client.GetInstanceAsync(id, cancellation: Ct))!.RuntimeStatus);

        await host.Client.ResumeInstanceAsync(id, "go on", Ct);

        var result = await host.WaitAsync(id, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal("\"value\"", result.SerializedOutput);
        var history = await host.Services.GetRequiredService<IOrchestrationHistoryReader>().GetHistoryAsync(id, Ct);
        var types = history.Select(e => e.EventType).ToList();
        Assert.True(types.IndexOf(HistoryEventType.ExecutionSuspended) < types.IndexOf(HistoryEventType.ExecutionResumed));
        Assert.True(types.IndexOf(HistoryEventType.ExecutionResumed) < types.IndexOf(HistoryEventType.EventRaised));
    }

    [Fact]
    public async Task Purge_deletes_finished_instances_only()
    {
        await using var host = await DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(), cancellationToken: Ct);
        var finished = await host.RunAsync(nameof(Sequence), new[] { "x" }, Ct);
        var running = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellation: Ct);

        Assert.Equal(1, (await host.Client.PurgeInstanceAsync(finished.InstanceId, Ct)).PurgedInstanceCount);
        Assert.Equal(0, (await host.Client.PurgeInstanceAsync(running, Ct)).PurgedInstanceCount);
        Assert.Equal(0, (await host.Client.PurgeInstanceAsync("never-existed", Ct)).PurgedInstanceCount);

        Assert.Null(await host.Client.GetInstanceAsync(finished.InstanceId, cancellation: Ct));
        Assert.Empty(await host.Services.GetRequiredService<IOrchestrationHistoryReader>().GetHistoryAsync(finished.InstanceId, Ct));
        Assert.NotNull(await host.Client.GetInstanceAsync(running, cancellation: Ct));
    }

    [Fact]
    public async Task Raising_an_event_to_an_unknown_instance_throws_instance_not_found()
    {
        await using var host = await DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(), cancellationToken: Ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.RaiseEventAsync("nobody", "go", null, Ct));
        Assert.StartsWith("instance_not_found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Purge_all_deletes_finished_instances_matching_the_filter_and_leaves_running_ones()
    {
        await using var host = await DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(), cancellationToken: Ct);
        var done = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            done.Add((await host.RunAsync(nameof(Sequence), new[] { "p" }, Ct)).InstanceId);
        }

        var running = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellation: Ct);

        var result = await host.Client.PurgeAllInstancesAsync(new PurgeInstancesFilter(CreatedFrom: DateTimeOffset.UtcNow.AddMinutes(-1)), Ct);

        Assert.Equal(3, result.PurgedInstanceCount);
        Assert.All(done, id => Assert.Null(host.Client.GetInstanceAsync(id, Ct).GetAwaiter().GetResult()));
        Assert.NotNull(await host.Client.GetInstanceAsync(running, Ct));
    }

    [Fact]
    public async Task Queries_filter_by_status_prefix_and_created_time_and_page_with_a_token()
    {
        await using var host = await DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(), cancellationToken: Ct);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 0; i < 5; i++)
        {
            await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), null, new StartOrchestrationOptions($"batch-a-{i}"), Ct);
        }

        for (var i = 0; i < 3; i++)
        {
            await host.RunAsync(nameof(Sequence), new[] { "q" }, Ct);
        }

        var running = await host.ListInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running] }, Ct);
        Assert.Equal(5, running.Count);
        Assert.All(running, i => Assert.Equal(nameof(Waiter), i.Name));

        var completed = await host.ListInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Completed], FetchInputsAndOutputs = true }, Ct);
        Assert.Equal(3, completed.Count);
        Assert.All(completed, i => Assert.Equal(["Hello q!"], i.ReadOutputAs<string[]>()!));

        Assert.Equal(5, (await host.ListInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "batch-a-" }, Ct)).Count);
        Assert.Empty(await host.ListInstancesAsync(new OrchestrationQuery { CreatedTo = before }, Ct));
        Assert.Equal(8, (await host.ListInstancesAsync(new OrchestrationQuery { CreatedFrom = before, CreatedTo = DateTimeOffset.UtcNow.AddSeconds(1) }, Ct)).Count);

        var pages = new List<Page<OrchestrationMetadata>>();
        await foreach (var page in host.Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 3 }).AsPages().WithCancellation(Ct))
        {
            pages.Add(page);
        }

        Assert.Equal(3, pages.Count);
        Assert.NotNull(pages[0].ContinuationToken);
        Assert.Null(pages[^1].ContinuationToken);
        Assert.Equal(8, pages.SelectMany(p => p.Values).Select(i => i.InstanceId).Distinct().Count());
    }
}
