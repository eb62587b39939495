using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Durable.Client;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Tests.Workflows;
using ResumeFlow.Orchestration;
using ResumeFlow.Testing.Durable;

namespace ResumeFlow.Durable.Tests.Engine;

public sealed class InstanceManagementTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Terminate_ends_a_running_instance_with_the_reason_as_output()
    {
        await using var host = await DurableTestHost.StartAsync(s => s.AddTestWorkflows(), Ct);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellationToken: Ct);

        await host.Client.TerminateInstanceAsync(id, "no longer needed", Ct);

        var result = await host.WaitAsync(id, TimeSpan.FromSeconds(30), Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, result.RuntimeStatus);
        Assert.Equal("\"no longer needed\"", result.SerializedOutput);
        await host.Client.RaiseEventAsync(id, "go", "too late", Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, (await host.Client.GetInstanceAsync(id, cancellationToken: Ct))!.RuntimeStatus);
    }

    [Fact]
    public async Task Suspended_instance_holds_events_until_resumed()
    {
        await using var host = await DurableTestHost.StartAsync(s => s.AddTestWorkflows(), Ct);
        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellationToken: Ct);

        await host.Client.SuspendInstanceAsync(id, "pause", Ct);
        await host.Client.RaiseEventAsync(id, "go", "value", Ct);
        await Task.Delay(200, Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Suspended, (await host.Client.GetInstanceAsync(id, cancellationToken: Ct))!.RuntimeStatus);

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
        await using var host = await DurableTestHost.StartAsync(s => s.AddTestWorkflows(), Ct);
        var finished = await host.RunAsync(nameof(Sequence), new[] { "x" }, Ct);
        var running = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), cancellationToken: Ct);

        Assert.True(await host.Client.PurgeInstanceAsync(finished.InstanceId, Ct));
        Assert.False(await host.Client.PurgeInstanceAsync(running, Ct));
        Assert.False(await host.Client.PurgeInstanceAsync("never-existed", Ct));

        Assert.Null(await host.Client.GetInstanceAsync(finished.InstanceId, cancellationToken: Ct));
        Assert.Empty(await host.Services.GetRequiredService<IOrchestrationHistoryReader>().GetHistoryAsync(finished.InstanceId, Ct));
        Assert.NotNull(await host.Client.GetInstanceAsync(running, cancellationToken: Ct));
    }

    [Fact]
    public async Task Raising_an_event_to_an_unknown_instance_throws_instance_not_found()
    {
        await using var host = await DurableTestHost.StartAsync(s => s.AddTestWorkflows(), Ct);

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => host.Client.RaiseEventAsync("nobody", "go", null, Ct));
        Assert.StartsWith("instance_not_found", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Queries_filter_by_status_name_prefix_and_created_time_and_page_with_a_token()
    {
        await using var host = await DurableTestHost.StartAsync(s => s.AddTestWorkflows(), Ct);
        var before = DateTimeOffset.UtcNow.AddSeconds(-1);
        for (var i = 0; i < 5; i++)
        {
            await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Waiter), null, new StartOrchestrationOptions($"batch-a-{i}"), Ct);
        }

        for (var i = 0; i < 3; i++)
        {
            await host.RunAsync(nameof(Sequence), new[] { "q" }, Ct);
        }

        var running = await host.Client.GetAllInstancesAsync(new OrchestrationQuery { Statuses = [OrchestrationRuntimeStatus.Running] }, Ct);
        Assert.Equal(5, running.Instances.Count);
        Assert.All(running.Instances, i => Assert.Equal(nameof(Waiter), i.Name));

        var byName = await host.Client.GetAllInstancesAsync(new OrchestrationQuery { Name = nameof(Sequence), FetchInputsAndOutputs = true }, Ct);
        Assert.Equal(3, byName.Instances.Count);
        Assert.All(byName.Instances, i => Assert.Equal("[\"Hello q!\"]", i.SerializedOutput));

        var byPrefix = await host.Client.GetAllInstancesAsync(new OrchestrationQuery { InstanceIdPrefix = "batch-a-" }, Ct);
        Assert.Equal(5, byPrefix.Instances.Count);

        var none = await host.Client.GetAllInstancesAsync(new OrchestrationQuery { CreatedTo = before }, Ct);
        Assert.Empty(none.Instances);
        var all = await host.Client.GetAllInstancesAsync(new OrchestrationQuery { CreatedFrom = before, CreatedTo = DateTimeOffset.UtcNow.AddSeconds(1) }, Ct);
        Assert.Equal(8, all.Instances.Count);

        var seen = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = await host.Client.GetAllInstancesAsync(new OrchestrationQuery { PageSize = 3, ContinuationToken = token }, Ct);
            seen.AddRange(page.Instances.Select(i => i.InstanceId));
            token = page.ContinuationToken;
            pages++;
        }
        while (token is not null);

        Assert.Equal(3, pages);
        Assert.Equal(8, seen.Distinct().Count());
    }
}
