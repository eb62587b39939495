using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Workflows.Retention;

/// <summary>Starts the eternal retention orchestration once (fixed instance id), when retention is configured.</summary>
public static class RetentionSchedule
{
    /// <summary>Returns true when it started the orchestration; false when it runs already or retention is off.</summary>
    public static async Task<bool> EnsureStartedAsync(DurableTaskClient client, RetentionOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(options);
        if (!options.Enabled)
        {
            return false;
        }

        var existing = await client.GetInstanceAsync(RetentionSweepOrchestrator.InstanceId, cancellationToken).ConfigureAwait(false);
        if (existing is { IsRunning: true } || existing?.RuntimeStatus == OrchestrationRuntimeStatus.Pending)
        {
            return false;
        }

        if (existing is not null)
        {
            await client.PurgeInstanceAsync(RetentionSweepOrchestrator.InstanceId, cancellationToken).ConfigureAwait(false);
        }

        await client.ScheduleNewOrchestrationInstanceAsync(
            RetentionTaskNames.Sweep,
            new RetentionSweepInput(options.SweepIntervalHours),
            new StartOrchestrationOptions(RetentionSweepOrchestrator.InstanceId),
            cancellationToken).ConfigureAwait(false);
        return true;
    }
}
