using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Llm.Batches;

namespace ResumeFlow.Workflows.Batches;

/// <summary>The batch's current status and counts (one status call; the orchestration waits on a durable timer between calls).</summary>
internal sealed class CheckBatchActivity(IBatchApiClient client, IHostApplicationLifetime lifetime) : TaskActivity<string, BatchInfo>
{
    // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
    public override Task<BatchInfo> RunAsync(TaskActivityContext context, string input) => client.GetBatchAsync(input, lifetime.ApplicationStopping);
}
