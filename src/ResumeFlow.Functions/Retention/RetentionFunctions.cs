using Microsoft.Azure.Functions.Worker;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using ResumeFlow.Functions.Tasks;
using ResumeFlow.Workflows.Retention;

namespace ResumeFlow.Functions.Retention;

/// <summary>
/// Retention in Azure Functions: an hourly timer keeps the eternal sweep orchestration running and purges Durable
/// history that is due (the sweep's activity has no Durable client here); the sweep itself is the shared class.
/// </summary>
public sealed class RetentionFunctions(IOptions<RetentionOptions> options)
{
    [Function("RetentionTimer")]
    public async Task RetentionTimer([TimerTrigger("0 5 * * * *")] TimerInfo timer, [DurableClient] DurableTaskClient client, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(timer);
        await RetentionSchedule.EnsureStartedAsync(client, options.Value, cancellationToken).ConfigureAwait(false);
        if (options.Value.DurableHistoryDays is { } days)
        {
            await RetentionSweeper.PurgeInstancesAsync(client, DateTimeOffset.UtcNow.AddDays(-days), cancellationToken).ConfigureAwait(false);
        }
    }

    [Function(RetentionTaskNames.Sweep)]
    public Task<RetentionSweepResult> RetentionSweep([OrchestrationTrigger] TaskOrchestrationContext context)
        => new RetentionSweepOrchestrator().RunAsync(context, context.GetInput<RetentionSweepInput>()!);

    [Function(RetentionTaskNames.PurgeExpired)]
    public Task<RetentionSweepResult> PurgeExpired([ActivityTrigger] DateTimeOffset input, FunctionContext context)
        => CatalogueActivities.RunAsync<RetentionSweepResult>(RetentionTaskNames.PurgeExpired, input, context);
}
