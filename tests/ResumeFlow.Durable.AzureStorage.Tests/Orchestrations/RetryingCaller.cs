using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>Calls <see cref="FlakyActivity"/> with a retry policy of 3 attempts; input = failures before success.</summary>
public sealed class RetryingCaller : TaskOrchestrator<int, int>
{
    public override Task<int> RunAsync(TaskOrchestrationContext context, int input) =>
        context.CallActivityAsync<int>(
            nameof(FlakyActivity),
            input,
            TaskOptions.FromRetryPolicy(new RetryPolicy(maxNumberOfAttempts: 3, firstRetryInterval: TimeSpan.FromMilliseconds(200))));
}
