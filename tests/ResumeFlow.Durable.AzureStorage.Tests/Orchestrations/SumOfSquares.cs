using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>Fan-out/fan-in: one <see cref="Square"/> per number 1..n, summed.</summary>
public sealed class SumOfSquares : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var squares = await Task.WhenAll(Enumerable.Range(1, input).Select(i => context.CallActivityAsync<int>(nameof(Square), i)));
        return squares.Sum();
    }
}
