using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

namespace ResumeFlow.Durable.AzureStorage.Tests.Backend;

/// <summary>The SDK's programming model and client API on an Azure Storage task hub in Azurite; one fresh hub per test.</summary>
[Collection(AzuriteTaskHubs.Name)]
public sealed class AzureStorageBackendTests
{
    private static readonly TimeSpan TestTimeout = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Fan_out_fan_in_returns_the_sum_of_every_activity_result()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var result = await host.RunAsync(nameof(SumOfSquares), 20, cts.Token);

        AssertCompleted(result);
        Assert.Equal(Enumerable.Range(1, 20).Sum(i => i * i), result.ReadOutputAs<int>());
        Assert.Equal(20, result.ReadInputAs<int>());
    }

    [Fact]
    public async Task Activity_failing_twice_succeeds_on_the_third_attempt_of_its_retry_policy()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var result = await host.RunAsync(nameof(RetryingCaller), 2, cts.Token);

        AssertCompleted(result);
        Assert.Equal(3, result.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Activity_failure_surfaces_as_TaskFailedException_and_fails_the_instance_when_uncaught()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var caught = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FailureReporter), "cv-7", cts.Token);
        var uncaught = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(FailureReporter), "rethrow", cts.Token);
        var caughtResult = await host.Client.WaitForInstanceCompletionAsync(caught, getInputsAndOutputs: true, cts.Token);
        var uncaughtResult = await host.Client.WaitForInstanceCompletionAsync(uncaught, getInputsAndOutputs: true, cts.Token);

        AssertCompleted(caughtResult);
        Assert.Equal($"{nameof(AlwaysFails)}|{typeof(ArgumentException).FullName}|bad input: cv-7", caughtResult.ReadOutputAs<string>());
        Assert.Equal(OrchestrationRuntimeStatus.Failed, uncaughtResult.RuntimeStatus);
        Assert.NotNull(uncaughtResult.FailureDetails);
        Assert.Contains("bad input: rethrow", uncaughtResult.FailureDetails.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Custom_status_is_visible_while_waiting_and_the_external_event_payload_completes_it()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), "cv-1", cts.Token);
        var waiting = await WaitForCustomStatusAsync(host.Client, id, "waiting", cts.Token);
        await host.Client.RaiseEventAsync(id, Approval.EventName, "yes", cts.Token);
        var result = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);

        Assert.Equal(new ApprovalStatus("waiting", "cv-1"), waiting.ReadCustomStatusAs<ApprovalStatus>());
        AssertCompleted(result);
        Assert.Equal("cv-1:yes", result.ReadOutputAs<string>());
        Assert.Equal(new ApprovalStatus("decided", "cv-1"), result.ReadCustomStatusAs<ApprovalStatus>());
    }

    [Fact]
    public async Task Sub_orchestration_results_reach_the_parent()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var result = await host.RunAsync(nameof(Parent), 5, cts.Token);
        var child = await host.Client.GetInstanceAsync(result.InstanceId + "-child", getInputsAndOutputs: true, cts.Token);

        AssertCompleted(result);
        Assert.Equal(2 * 55, result.ReadOutputAs<int>());
        Assert.NotNull(child);
        Assert.Equal(55, child.ReadOutputAs<int>());
    }

    [Fact]
    public async Task Durable_timer_holds_the_instance_until_it_fires()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);
        var started = DateTimeOffset.UtcNow;

        var result = await host.RunAsync(nameof(Sleeper), 3_000, cts.Token);

        // Queue visibility delays are whole seconds, so the provider may deliver a timer up to a second early.
        AssertCompleted(result);
        Assert.True(result.ReadOutputAs<double>() >= 2_000, $"orchestration time advanced {result.ReadOutputAs<double>()} ms");
        Assert.True(DateTimeOffset.UtcNow - started >= TimeSpan.FromSeconds(2));
    }

    [Fact]
    public async Task Suspended_instance_ignores_its_event_until_resumed()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), "cv-2", cts.Token);
        await WaitForCustomStatusAsync(host.Client, id, "waiting", cts.Token);
        await host.Client.SuspendInstanceAsync(id, "review", cts.Token);
        await WaitForStatusAsync(host.Client, id, OrchestrationRuntimeStatus.Suspended, cts.Token);
        await host.Client.RaiseEventAsync(id, Approval.EventName, "later", cts.Token);
        await Task.Delay(TimeSpan.FromSeconds(1), cts.Token);
        var stillSuspended = await host.Client.GetInstanceAsync(id, cts.Token);
        await host.Client.ResumeInstanceAsync(id, "done", cts.Token);
        var result = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);

        Assert.Equal(OrchestrationRuntimeStatus.Suspended, stillSuspended?.RuntimeStatus);
        Assert.Equal("cv-2:later", result.ReadOutputAs<string>());
    }

    [Fact]
    public async Task Terminated_instance_reports_terminated_and_purge_removes_it()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var id = await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(Approval), "cv-3", cts.Token);
        await WaitForCustomStatusAsync(host.Client, id, "waiting", cts.Token);
        var purgeWhileRunning = await Record.ExceptionAsync(() => host.Client.PurgeInstanceAsync(id, cts.Token));
        await host.Client.TerminateInstanceAsync(id, "withdrawn", cts.Token);
        var terminated = await host.Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cts.Token);
        var purged = await host.Client.PurgeInstanceAsync(id, cts.Token);
        var afterPurge = await host.Client.GetInstanceAsync(id, cts.Token);

        Assert.Contains("durable_purge_not_terminal", Assert.IsType<InvalidOperationException>(purgeWhileRunning).Message, StringComparison.Ordinal);
        Assert.Equal(OrchestrationRuntimeStatus.Terminated, terminated.RuntimeStatus);
        Assert.Equal("withdrawn", terminated.ReadOutputAs<string>());
        Assert.Equal(1, purged.PurgedInstanceCount);
        Assert.Null(afterPurge);
    }

    [Fact]
    public async Task Query_filters_instances_by_status_and_id_prefix_and_purge_all_removes_the_completed()
    {
        using var cts = Timeout();
        await using var host = await AzureStorageTestHost.StartAsync(cts.Token);

        var done = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            done.Add(await host.Client.ScheduleNewOrchestrationInstanceAsync(
                nameof(SumOfSquares), 2, new StartOrchestrationOptions($"batch-{i}"), cts.Token));
        }

        var waiting = await host.Client.ScheduleNewOrchestrationInstanceAsync(
            nameof(Approval), "cv-4", new StartOrchestrationOptions("batch-waiting"), cts.Token);
        await host.Client.ScheduleNewOrchestrationInstanceAsync(nameof(SumOfSquares), 1, new StartOrchestrationOptions("other-0"), cts.Token);
        foreach (var id in done.Append("other-0"))
        {
            await host.Client.WaitForInstanceCompletionAsync(id, cts.Token);
        }

        await WaitForCustomStatusAsync(host.Client, waiting, "waiting", cts.Token);

        var completedBatch = await ToListAsync(host.Client.GetAllInstancesAsync(new OrchestrationQuery
        {
            InstanceIdPrefix = "batch-",
            Statuses = [OrchestrationRuntimeStatus.Completed],
        }), cts.Token);
        var runningBatch = await ToListAsync(host.Client.GetAllInstancesAsync(new OrchestrationQuery
        {
            InstanceIdPrefix = "batch-",
            Statuses = [OrchestrationRuntimeStatus.Running],
        }), cts.Token);
        var purged = await host.Client.PurgeAllInstancesAsync(
            new PurgeInstancesFilter(Statuses: [OrchestrationRuntimeStatus.Completed]), cts.Token);
        var remaining = await ToListAsync(host.Client.GetAllInstancesAsync(), cts.Token);

        Assert.Equal(done.Order(StringComparer.Ordinal), completedBatch.Select(m => m.InstanceId).Order(StringComparer.Ordinal));
        Assert.Equal([waiting], runningBatch.Select(m => m.InstanceId));
        Assert.Equal(4, purged.PurgedInstanceCount);
        Assert.Equal([waiting], remaining.Select(m => m.InstanceId));
    }

    private static CancellationTokenSource Timeout()
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TestTimeout);
        return cts;
    }

    private static void AssertCompleted(OrchestrationMetadata result) =>
        Assert.True(
            result.RuntimeStatus == OrchestrationRuntimeStatus.Completed,
            $"{result.Name} ended {result.RuntimeStatus}: {result.FailureDetails?.ErrorType} {result.FailureDetails?.ErrorMessage}");

    private static async Task<OrchestrationMetadata> WaitForCustomStatusAsync(DurableTaskClient client, string id, string stage, CancellationToken cancellationToken)
    {
        while (true)
        {
            var metadata = await client.GetInstanceAsync(id, getInputsAndOutputs: true, cancellationToken);
            if (metadata?.SerializedCustomStatus is not null && metadata.ReadCustomStatusAs<ApprovalStatus>()?.Stage == stage)
            {
                return metadata;
            }

            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task WaitForStatusAsync(DurableTaskClient client, string id, OrchestrationRuntimeStatus status, CancellationToken cancellationToken)
    {
        while ((await client.GetInstanceAsync(id, cancellationToken))?.RuntimeStatus != status)
        {
            await Task.Delay(100, cancellationToken);
        }
    }

    private static async Task<List<OrchestrationMetadata>> ToListAsync(AsyncPageable<OrchestrationMetadata> pages, CancellationToken cancellationToken)
    {
        var list = new List<OrchestrationMetadata>();
        await foreach (var metadata in pages.WithCancellation(cancellationToken))
        {
            list.Add(metadata);
        }

        return list;
    }
}
