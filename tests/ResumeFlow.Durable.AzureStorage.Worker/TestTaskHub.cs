using Microsoft.DurableTask;
using ResumeFlow.Durable.AzureStorage;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>
/// Task hub settings for tests and benchmarks on Azurite: short polling and lease intervals so
/// work starts at once and a dead worker's partitions move within seconds.
/// </summary>
public static class TestTaskHub
{
    /// <summary>The variable scripts/test.sh exports (also read by the worker process).</summary>
    public const string ConnectionStringVariable = "RESUMEFLOW_TEST_AZURITE_CONNECTION_STRING";

    /// <summary>A task hub name no other test uses (letters and digits, as the provider requires).</summary>
    public static string NewName(string prefix) => prefix + Guid.NewGuid().ToString("N")[..16];

    public static void Apply(
        AzureStorageDurableOptions options, string connectionString, string taskHubName, int maxConcurrentActivities = 8, int partitionCount = 4)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.ConnectionString = connectionString;
        options.TaskHubName = taskHubName;
        options.PartitionCount = partitionCount;
        options.MaxConcurrentActivities = maxConcurrentActivities;
        // Every idle queue is polled at this rate: lower loads the single Azurite process of a 2-core machine too much.
        options.MaxQueuePollingInterval = TimeSpan.FromMilliseconds(500);
        options.LeaseInterval = TimeSpan.FromSeconds(4);
        options.LeaseRenewInterval = TimeSpan.FromSeconds(1);
        options.LeaseAcquireInterval = TimeSpan.FromSeconds(1);
        options.ControlQueueVisibilityTimeout = TimeSpan.FromSeconds(15);
        options.WorkItemQueueVisibilityTimeout = TimeSpan.FromSeconds(15);
    }

    /// <summary>Registers the scale-out fan-out and its recording activity.</summary>
    public static void AddScaleOutTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        registry.AddOrchestrator<ScaleOutFanOut>();
        registry.AddActivity<RecordItem>();
    }
}
