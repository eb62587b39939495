using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.CrashWorker;

/// <summary>Fans out one <see cref="RecordExecution"/> per index and returns their results in order.</summary>
internal sealed class CrashFanOut : Orchestrator<int, int[]>
{
    public override async Task<int[]> RunAsync(IOrchestrationContext context, int input)
        => await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(RecordExecution), i)));
}
