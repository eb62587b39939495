using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Durable.AzureStorage.Worker;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.Durable.AzureStorage.Tests.ScaleOut;

/// <summary>
/// Two worker processes on one Azure Storage task hub in Azurite: the partition leases and the shared
/// work-item queue spread the activities over both; a SIGKILLed worker's partitions move to the survivor.
/// This process is only a client.
/// </summary>
[Collection(AzuriteTaskHubs.Name)]
public sealed class ScaleOutTests : IDisposable
{
    private const int Items = 100;
    private const int Concurrency = 8;
    private readonly string _directory = Directory.CreateTempSubdirectory("resumeflow-azs-scaleout-").FullName;

    [Fact]
    public async Task Two_worker_processes_both_run_activities_and_every_item_has_exactly_one_result()
    {
        using var cts = Timeout(TimeSpan.FromSeconds(150));
        var taskHub = TestTaskHub.NewName("two");
        var workTime = TimeSpan.FromMilliseconds(20);
        await using var first = await StartWorkerAsync(taskHub, "first", workTime, cts.Token);
        await using var second = await StartWorkerAsync(taskHub, "second", workTime, cts.Token);
        using var client = await StartClientAsync(taskHub, cts.Token);

        var result = await RunFanOutAsync(client, cts.Token);

        Assert.Equal(Enumerable.Range(0, Items), result);
        var (firstRuns, secondRuns) = (first.Executions, second.Executions);
        Assert.True(firstRuns.Count > 0 && secondRuns.Count > 0, $"executions per process: {firstRuns.Count} and {secondRuns.Count}");
        var runs = firstRuns.Concat(secondRuns).ToList();
        Assert.Equal(Enumerable.Range(0, Items), runs.Distinct().Order());
        // Activities run at least once: while the two workers rebalance partition leases, an episode can be
        // replayed by the new owner and a few activities run again (seen: 2 of 100). The result above is still
        // exactly one per item; repeats stay within one round of the activity slots.
        Assert.True(runs.Count - Items <= Concurrency, $"{runs.Count - Items} repeated executions");
    }

    [Fact]
    public async Task Killed_worker_partitions_move_to_the_survivor_which_finishes_with_nothing_lost()
    {
        using var cts = Timeout(TimeSpan.FromSeconds(180));
        var taskHub = TestTaskHub.NewName("kill");
        var workTime = TimeSpan.FromMilliseconds(100);
        await using var victim = await StartWorkerAsync(taskHub, "victim", workTime, cts.Token);
        await using var survivor = await StartWorkerAsync(taskHub, "survivor", workTime, cts.Token);
        using var client = await StartClientAsync(taskHub, cts.Token);

        var run = RunFanOutAsync(client, cts.Token);
        while (victim.Executions.Count + survivor.Executions.Count < Items / 2 || victim.Executions.Count == 0)
        {
            Assert.False(run.IsCompleted, "the fan-out finished before the kill");
            await Task.Delay(50, cts.Token);
        }

        await victim.KillAsync();
        var victimRuns = victim.Executions;
        var survivorBeforeKill = survivor.Executions.Count;
        var result = await run;

        Assert.Equal(Enumerable.Range(0, Items), result);
        var survivorRuns = survivor.Executions;
        Assert.True(survivorRuns.Count > survivorBeforeKill, "the survivor ran nothing after the kill");
        var all = victimRuns.Concat(survivorRuns).ToList();
        Assert.Equal(Enumerable.Range(0, Items), all.Distinct().Order());
        // At least once: only work items the victim held may run twice — those running (one per activity slot) and
        // those the provider had already dequeued for the next slots or finished without acknowledging (seen on a
        // loaded machine: 10 with 8 slots). What must never happen is a repeat of work the victim was not holding.
        var held = 2 * Concurrency;
        Assert.True(all.Count - Items <= held, $"{all.Count - Items} items ran twice; the victim held at most {held}");
    }

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    private static CancellationTokenSource Timeout(TimeSpan timeout)
    {
        var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(timeout);
        return cts;
    }

    private Task<WorkerProcess> StartWorkerAsync(string taskHub, string name, TimeSpan workTime, CancellationToken cancellationToken) =>
        WorkerProcess.StartAsync(taskHub, Path.Combine(_directory, name + ".log"), workTime, Concurrency, cancellationToken);

    private static async Task<IHost> StartClientAsync(string taskHub, CancellationToken cancellationToken)
    {
        var connectionString = EmulatorEnvironment.Require(EmulatorEnvironment.AzuriteConnectionString, "Azurite");
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Services.AddDurableTaskClient(client => client.UseAzureStorage(o => TestTaskHub.Apply(o, connectionString, taskHub)));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    private static async Task<int[]> RunFanOutAsync(IHost client, CancellationToken cancellationToken)
    {
        var durable = client.Services.GetRequiredService<DurableTaskClient>();
        var id = await durable.ScheduleNewOrchestrationInstanceAsync(nameof(ScaleOutFanOut), Items, cancellationToken);
        var result = await durable.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken);
        Assert.True(result.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"fan-out ended {result.RuntimeStatus}: {result.FailureDetails?.ErrorMessage}");
        return result.ReadOutputAs<int[]>()!;
    }
}
