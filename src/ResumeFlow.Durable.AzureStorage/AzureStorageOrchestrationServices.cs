using System.Collections.Concurrent;
using Azure.Identity;
using DurableTask.AzureStorage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ResumeFlow.Durable.AzureStorage;

/// <summary>
/// One <see cref="AzureStorageOrchestrationService"/> per options name, shared by the worker and the
/// client of a process (one set of leases and queue clients), with its task hub created once.
/// </summary>
internal sealed class AzureStorageOrchestrationServices(
    IOptionsMonitor<AzureStorageDurableOptions> options,
    ILoggerFactory loggerFactory) : IDisposable
{
    private readonly ConcurrentDictionary<string, Lazy<Entry>> _services = new(StringComparer.Ordinal);

    public async Task<AzureStorageOrchestrationService> GetAsync(string name, CancellationToken cancellationToken)
    {
        var entry = _services.GetOrAdd(name, n => new Lazy<Entry>(() => new Entry(Create(options.Get(n), loggerFactory)))).Value;
        await entry.Created.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        return entry.Service;
    }

    public void Dispose()
    {
        foreach (var entry in _services.Values.Where(e => e.IsValueCreated))
        {
            entry.Value.Service.Dispose();
        }
    }

    internal static AzureStorageOrchestrationServiceSettings CreateSettings(AzureStorageDurableOptions o, ILoggerFactory loggerFactory) => new()
    {
        StorageAccountClientProvider = CreateClientProvider(o),
        TaskHubName = o.TaskHubName,
        PartitionCount = o.PartitionCount,
        MaxConcurrentTaskActivityWorkItems = o.MaxConcurrentActivities,
        MaxConcurrentTaskOrchestrationWorkItems = o.MaxConcurrentOrchestrations,
        MaxQueuePollingInterval = o.MaxQueuePollingInterval,
        LeaseInterval = o.LeaseInterval,
        LeaseRenewInterval = o.LeaseRenewInterval,
        LeaseAcquireInterval = o.LeaseAcquireInterval,
        ControlQueueVisibilityTimeout = o.ControlQueueVisibilityTimeout,
        WorkItemQueueVisibilityTimeout = o.WorkItemQueueVisibilityTimeout,
        UseTablePartitionManagement = o.UseTablePartitionManagement,
        WorkerId = o.WorkerId ?? $"{Environment.MachineName}-{Environment.ProcessId}",
        // Every worker of a hub is the same app here; the app lease is for blue/green deployments.
        UseAppLease = false,
        LoggerFactory = loggerFactory,
    };

    private static AzureStorageOrchestrationService Create(AzureStorageDurableOptions o, ILoggerFactory loggerFactory) =>
        new(CreateSettings(o, loggerFactory));

    private static StorageAccountClientProvider CreateClientProvider(AzureStorageDurableOptions o)
    {
        if (!string.IsNullOrWhiteSpace(o.ConnectionString))
        {
            return new StorageAccountClientProvider(o.ConnectionString);
        }

        var credential = new DefaultAzureCredential();
        return o.BlobServiceUri is { } blob && o.QueueServiceUri is { } queue && o.TableServiceUri is { } table
            ? new StorageAccountClientProvider(blob, queue, table, credential)
            : new StorageAccountClientProvider(o.AccountName!, credential);
    }

    private sealed class Entry(AzureStorageOrchestrationService service)
    {
        public AzureStorageOrchestrationService Service { get; } = service;

        // Queues, tables and containers of the hub; idempotent, done once per process.
        public Lazy<Task> Created { get; } = new(() => service.CreateIfNotExistsAsync());
    }
}
