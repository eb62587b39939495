using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using ResumeFlow.Workflows.Retention;

namespace ResumeFlow.Host.Retention;

/// <summary>Starts the eternal retention orchestration when the host starts, if <c>Retention</c> is configured.</summary>
internal sealed partial class RetentionStarter(DurableTaskClient client, IOptions<RetentionOptions> options, ILogger<RetentionStarter> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (await RetentionSchedule.EnsureStartedAsync(client, options.Value, stoppingToken).ConfigureAwait(false))
        {
            LogStarted(logger, options.Value.SweepIntervalHours);
        }
    }

    [LoggerMessage(EventId = 300, Level = LogLevel.Information, Message = "Retention sweep orchestration started (every {IntervalHours} h)")]
    private static partial void LogStarted(ILogger logger, double intervalHours);
}
