using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>Fans out one <see cref="RecordItem"/> per item 0..n-1 and returns their results in order.</summary>
public sealed class ScaleOutFanOut : TaskOrchestrator<int, int[]>
{
    public override Task<int[]> RunAsync(TaskOrchestrationContext context, int input)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(RecordItem), i)));
    }
}
