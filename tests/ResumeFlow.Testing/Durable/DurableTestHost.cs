using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.DurableTask.Testing;
using Microsoft.DurableTask.Worker;
using ResumeFlow.Durable.AzureStorage;
using ResumeFlow.Durable.AzureStorage.Worker;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.Testing.Durable;

/// <summary>
/// The embedded engine in-process on a temporary SQLite file, behind the SDK's worker and client, for
/// orchestration tests:
/// <code>
/// await using var host = await DurableTestHost.StartAsync(tasks =>
/// {
///     tasks.AddOrchestrator&lt;MyOrchestrator&gt;();
///     tasks.AddActivity&lt;MyActivity&gt;();
/// }, services => services.AddSingleton(dependency), cancellationToken: TestContext.Current.CancellationToken);
/// var result = await host.RunAsync(nameof(MyOrchestrator), input, TestContext.Current.CancellationToken);
/// </code>
/// Disposing stops the engine and deletes the temporary files.
/// </summary>
public sealed class DurableTestHost : IAsyncDisposable
{
    private readonly IHost _host;
    private readonly string? _temporaryDirectory;

    private DurableTestHost(IHost host, string databasePath, string? temporaryDirectory)
    {
        _host = host;
        DatabasePath = databasePath;
        _temporaryDirectory = temporaryDirectory;
    }

    public DurableTaskClient Client => Services.GetRequiredService<DurableTaskClient>();

    public IServiceProvider Services => _host.Services;

    public string DatabasePath { get; }

    public static async Task<DurableTestHost> StartAsync(
        Action<DurableTaskRegistry> registerTasks,
        Action<IServiceCollection>? configureServices = null,
        DurableTestHostOptions? options = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(registerTasks);
        options ??= new DurableTestHostOptions();

        string? temporaryDirectory = null;
        var databasePath = options.DatabasePath;
        if (databasePath is null)
        {
            temporaryDirectory = Path.Combine(Path.GetTempPath(), "resumeflow-durable-" + Guid.NewGuid().ToString("N"));
            Directory.CreateDirectory(temporaryDirectory);
            databasePath = Path.Combine(temporaryDirectory, "durable.db");
        }

        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        if (options.TimeProvider is { } timeProvider)
        {
            builder.Services.TryAddSingleton(timeProvider);
        }

        builder.Services.AddLogging();
        configureServices?.Invoke(builder.Services);
        if (options.Executor == OrchestrationExecutor.InProcessTestHost)
        {
            // The host's own port choice can collide with the emulators' OS-assigned ports; ask the OS for a free one.
            builder.Services.AddInMemoryDurableTask(registerTasks, new InMemoryDurableTaskOptions { Port = FreeLoopbackPort() });
        }
        else if (options.Executor == OrchestrationExecutor.AzureStorage)
        {
            // One partition: a single worker owns it at once, so work starts without waiting for lease balancing.
            var connectionString = EmulatorEnvironment.Require(EmulatorEnvironment.AzuriteConnectionString, "Azurite");
            var taskHubName = TestTaskHub.NewName("w");
            void Hub(AzureStorageDurableOptions hub) => TestTaskHub.Apply(hub, connectionString, taskHubName, partitionCount: 1);
            builder.Services.AddDurableTaskWorker(worker => worker.AddTasks(registerTasks).UseAzureStorage(Hub));
            builder.Services.AddDurableTaskClient(client => client.UseAzureStorage(Hub));
        }
        else
        {
            builder.Services.AddEmbeddedDurableTask(registerTasks, engine =>
            {
                engine.DatabasePath = databasePath;
                options.ConfigureEngine?.Invoke(engine);
            });
        }

        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch
        {
            host.Dispose();
            DeleteDirectory(temporaryDirectory);
            throw;
        }

        return new DurableTestHost(host, databasePath, temporaryDirectory);
    }

    /// <summary>Starts an instance, waits for it to finish (60 s at most) and returns its metadata with input and output.</summary>
    public async Task<OrchestrationMetadata> RunAsync(TaskName orchestratorName, object? input = null, CancellationToken cancellationToken = default)
    {
        var instanceId = await Client.ScheduleNewOrchestrationInstanceAsync(orchestratorName, input, cancellationToken).ConfigureAwait(false);
        return await WaitAsync(instanceId, TimeSpan.FromSeconds(60), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Waits for an instance to finish, failing the test with its last status after <paramref name="timeout"/>.</summary>
    public async Task<OrchestrationMetadata> WaitAsync(string instanceId, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        limit.CancelAfter(timeout);
        try
        {
            return await Client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, limit.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            var last = await Client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
            throw new TimeoutException($"Instance '{instanceId}' did not finish within {timeout}; last status: {last?.RuntimeStatus.ToString() ?? "unknown"}, custom status: {last?.SerializedCustomStatus}");
        }
    }

    /// <summary>Every instance the query matches, across all pages.</summary>
    public async Task<List<OrchestrationMetadata>> ListInstancesAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        var all = new List<OrchestrationMetadata>();
        await foreach (var instance in Client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            all.Add(instance);
        }

        return all;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await _host.StopAsync(CancellationToken.None).ConfigureAwait(false);
        }
        finally
        {
            _host.Dispose();
            DeleteDirectory(_temporaryDirectory);
        }
    }

    private static void DeleteDirectory(string? directory)
    {
        if (directory is null)
        {
            return;
        }

        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // A file still open by a late reader; the temp folder is cleaned by the OS eventually.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }

    private static int FreeLoopbackPort()
    {
        using var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        return ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
    }
}
