using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>Sleeps on a durable timer for <c>input</c> milliseconds; returns the orchestration time that passed.</summary>
public sealed class Sleeper : TaskOrchestrator<int, double>
{
    public override async Task<double> RunAsync(TaskOrchestrationContext context, int input)
    {
        var start = context.CurrentUtcDateTime;
        await context.CreateTimer(TimeSpan.FromMilliseconds(input), CancellationToken.None);
        return (context.CurrentUtcDateTime - start).TotalMilliseconds;
    }
}
