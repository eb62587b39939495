using Microsoft.DurableTask;

namespace ResumeFlow.Durable.CrashWorker;

/// <summary>Fans out one <see cref="RecordExecution"/> per index and returns their results in order.</summary>
internal sealed class CrashFanOut : TaskOrchestrator<int, int[]>
{
    public override async Task<int[]> RunAsync(TaskOrchestrationContext context, int input)
        => await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(RecordExecution), i)));
}
