using Microsoft.DurableTask;
using ResumeFlow.Llm.Batches;

namespace ResumeFlow.Workflows.Batches;

/// <summary>The batch's current status and counts (one status call; the orchestration waits on a durable timer between calls).</summary>
internal sealed class CheckBatchActivity(IBatchApiClient client) : TaskActivity<string, BatchInfo>
{
    public override Task<BatchInfo> RunAsync(TaskActivityContext context, string input) => client.GetBatchAsync(input, CancellationToken.None);
}
