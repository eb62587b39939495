using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;

namespace ResumeFlow.Workflows.Retention;

/// <summary>One retention sweep as of the orchestration's "now".</summary>
internal sealed class PurgeExpiredActivity(RetentionSweeper sweeper, IHostApplicationLifetime lifetime) : TaskActivity<DateTimeOffset, RetentionSweepResult>
{
    // The SDK gives activities no token; host shutdown abandons the sweep, which runs again after restart.
    public override Task<RetentionSweepResult> RunAsync(TaskActivityContext context, DateTimeOffset input)
        => sweeper.SweepAsync(input, lifetime.ApplicationStopping);
}
