using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Retention;

/// <summary>One retention sweep as of the orchestration's "now".</summary>
internal sealed class PurgeExpiredActivity(RetentionSweeper sweeper) : TaskActivity<DateTimeOffset, RetentionSweepResult>
{
    public override Task<RetentionSweepResult> RunAsync(TaskActivityContext context, DateTimeOffset input)
        => sweeper.SweepAsync(input, CancellationToken.None);
}
