using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;
using ResumeFlow.Durable.AzureStorage.Worker;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.Durable.AzureStorage.Tests.Backend;

/// <summary>A worker and a client in this process on a fresh task hub in Azurite, with the test orchestrations registered.</summary>
internal sealed class AzureStorageTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private AzureStorageTestHost(IHost host, string taskHubName)
    {
        _host = host;
        TaskHubName = taskHubName;
    }

    public string TaskHubName { get; }

    public DurableTaskClient Client => _host.Services.GetRequiredService<DurableTaskClient>();

    /// <summary>Schedules an instance and waits for it to end; the result carries inputs and outputs.</summary>
    public async Task<OrchestrationMetadata> RunAsync(string orchestrator, object? input, CancellationToken cancellationToken)
    {
        var id = await Client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, cancellationToken);
        return await Client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken);
    }

    public static async Task<AzureStorageTestHost> StartAsync(CancellationToken cancellationToken)
    {
        var connectionString = EmulatorEnvironment.Require(EmulatorEnvironment.AzuriteConnectionString, "Azurite");
        var taskHubName = TestTaskHub.NewName("t");
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        // RESUMEFLOW_TEST_DURABLE_LOG=Information prints the framework's own trace (leases, queues, replays) when a test fails.
        builder.Services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(Enum.Parse<LogLevel>(Environment.GetEnvironmentVariable("RESUMEFLOW_TEST_DURABLE_LOG") ?? nameof(LogLevel.None))));
        builder.Services.AddDurableTaskWorker(worker =>
        {
            worker.AddTasks(registry =>
            {
                registry.AddActivity<Square>();
                registry.AddOrchestrator<SumOfSquares>();
                registry.AddActivity<FlakyActivity>();
                registry.AddOrchestrator<RetryingCaller>();
                registry.AddActivity<AlwaysFails>();
                registry.AddOrchestrator<FailureReporter>();
                registry.AddOrchestrator<Approval>();
                registry.AddOrchestrator<Parent>();
                registry.AddOrchestrator<Sleeper>();
            });
            worker.UseAzureStorage(o => TestTaskHub.Apply(o, connectionString, taskHubName, partitionCount: 1));
        });
        builder.Services.AddDurableTaskClient(client => client.UseAzureStorage(o => TestTaskHub.Apply(o, connectionString, taskHubName, partitionCount: 1)));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return new AzureStorageTestHost(host, taskHubName);
    }

    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await _host.StopAsync(timeout.Token);
        _host.Dispose();
    }
}
