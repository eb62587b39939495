using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Retention;

/// <summary>
/// The eternal retention orchestration: sweep (an activity, with the orchestration's clock as "now"), wait on a
/// durable timer, ContinueAsNew so the history stays one sweep long. Terminate it to stop retention.
/// </summary>
public sealed class RetentionSweepOrchestrator : TaskOrchestrator<RetentionSweepInput, RetentionSweepResult>
{
    public const string InstanceId = "retention-sweep";

    public override async Task<RetentionSweepResult> RunAsync(TaskOrchestrationContext context, RetentionSweepInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var now = new DateTimeOffset(context.CurrentUtcDateTime, TimeSpan.Zero);
        var result = await context.CallActivityAsync<RetentionSweepResult>(RetentionTaskNames.PurgeExpired, now);
        context.SetCustomStatus(result);
        await context.CreateTimer(context.CurrentUtcDateTime.AddHours(input.IntervalHours), CancellationToken.None);
        context.ContinueAsNew(input with { Sweeps = input.Sweeps + 1 });
        return result;
    }
}
