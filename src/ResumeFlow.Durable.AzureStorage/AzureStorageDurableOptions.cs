using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Durable.AzureStorage;

/// <summary>
/// Where and how the Durable Task Framework's Azure Storage provider keeps a task hub: control queues
/// split into partitions, leases spreading them over every worker, history and instances in tables.
/// Bound from <see cref="SectionName"/>; either <see cref="ConnectionString"/> or <see cref="AccountName"/>
/// (with <c>DefaultAzureCredential</c>, no keys) must be set.
/// </summary>
public sealed class AzureStorageDurableOptions : IValidatableObject
{
    public const string SectionName = "Durable:AzureStorage";

    /// <summary>An Azure Storage connection string (Azurite in development and tests).</summary>
    public string? ConnectionString { get; set; }

    /// <summary>The storage account name, reached with <c>DefaultAzureCredential</c> (managed identity in Azure).</summary>
    public string? AccountName { get; set; }

    /// <summary>Blob, queue and table endpoints of <see cref="AccountName"/>, for clouds other than the public one; derived from the name when null.</summary>
    public Uri? BlobServiceUri { get; set; }

    public Uri? QueueServiceUri { get; set; }

    public Uri? TableServiceUri { get; set; }

    /// <summary>Task hub name: 3 to 45 letters and digits, starting with a letter (it prefixes queue, table and container names).</summary>
    [Required]
    [RegularExpression("^[A-Za-z][A-Za-z0-9]{2,44}$", ErrorMessage = "durable_task_hub_invalid: TaskHubName must be 3-45 letters or digits, starting with a letter.")]
    public string TaskHubName { get; set; } = "ResumeFlow";

    /// <summary>Control-queue partitions: the most workers that can share orchestration work. Fixed once the hub exists.</summary>
    [Range(1, 16)]
    public int PartitionCount { get; set; } = 4;

    /// <summary>Activities one worker runs at a time.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentActivities { get; set; } = 10;

    /// <summary>Orchestration episodes one worker runs at a time.</summary>
    [Range(1, 1000)]
    public int MaxConcurrentOrchestrations { get; set; } = 100;

    /// <summary>Longest wait between polls of an empty queue (the provider backs off up to this).</summary>
    [Range(typeof(TimeSpan), "00:00:00.050", "00:05:00")]
    public TimeSpan MaxQueuePollingInterval { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How long a partition lease lasts without renewal: the time a dead worker's partitions stay orphaned.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:01:00")]
    public TimeSpan LeaseInterval { get; set; } = TimeSpan.FromSeconds(30);

    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan LeaseRenewInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How often a worker checks whether partitions are balanced over the workers it sees.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan LeaseAcquireInterval { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>How long a dequeued control message stays hidden: after a crash, the delay before another worker sees it.</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan ControlQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a dequeued activity message stays hidden (renewed while the activity runs).</summary>
    [Range(typeof(TimeSpan), "00:00:01", "00:30:00")]
    public TimeSpan WorkItemQueueVisibilityTimeout { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Table-based partition manager: leases without the blob lease floor of 15 s, so failover can be faster.</summary>
    public bool UseTablePartitionManagement { get; set; } = true;

    /// <summary>This worker's identity in leases; must differ between workers of one hub. Default: machine name and process id.</summary>
    public string? WorkerId { get; set; }

    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        var hasConnectionString = !string.IsNullOrWhiteSpace(ConnectionString);
        var hasAccountName = !string.IsNullOrWhiteSpace(AccountName);
        if (hasConnectionString == hasAccountName)
        {
            yield return new ValidationResult(
                "durable_storage_account_missing: set exactly one of ConnectionString or AccountName (DefaultAzureCredential).",
                [nameof(ConnectionString), nameof(AccountName)]);
        }

        if (LeaseRenewInterval >= LeaseInterval)
        {
            yield return new ValidationResult(
                "durable_lease_intervals_invalid: LeaseRenewInterval must be shorter than LeaseInterval.",
                [nameof(LeaseRenewInterval), nameof(LeaseInterval)]);
        }

        if (!UseTablePartitionManagement && (LeaseInterval < TimeSpan.FromSeconds(15) || LeaseInterval > TimeSpan.FromSeconds(60)))
        {
            // Blob leases only exist for 15-60 s.
            yield return new ValidationResult(
                "durable_lease_intervals_invalid: with blob partition management LeaseInterval must be 15-60 s.",
                [nameof(LeaseInterval)]);
        }
    }
}
