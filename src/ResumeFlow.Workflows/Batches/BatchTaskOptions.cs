using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Batches;

/// <summary>Retry of the batch activities: provider calls fail transiently, and every activity here is safe to re-run.</summary>
internal static class BatchTaskOptions
{
    public static TaskOptions ProviderCall { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 4, firstRetryInterval: TimeSpan.FromSeconds(2), backoffCoefficient: 2));
}
