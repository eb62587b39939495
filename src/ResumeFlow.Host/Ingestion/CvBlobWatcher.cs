using Microsoft.Extensions.Options;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Host.Ingestion;

/// <summary>
/// Polls the upload container and starts IngestCv for every new blob version, with receipts so a
/// restart does not ingest a blob twice (the Functions blob trigger's default scan mode).
/// </summary>
internal sealed partial class CvBlobWatcher(CvBlobScanner scanner, IOptions<CvWatcherOptions> options, ILogger<CvBlobWatcher> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            return;
        }

        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(settings.PollIntervalSeconds));
        do
        {
            try
            {
                var starts = await scanner.ScanAsync(settings.Container, stoppingToken).ConfigureAwait(false);
                if (starts.Count > 0)
                {
                    LogScanned(logger, settings.Container, starts.Count);
                }
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex)
            {
                // Storage down (e.g. Azurite restarting): keep watching, try again on the next tick.
                LogScanFailed(logger, settings.Container, ex.Message);
            }
        }
        while (await timer.WaitForNextTickAsync(stoppingToken).ConfigureAwait(false));
    }

    [LoggerMessage(EventId = 4101, Level = LogLevel.Information, Message = "Blob watcher handed {Count} new blob(s) of '{Container}' to IngestCv")]
    private static partial void LogScanned(ILogger logger, string container, int count);

    [LoggerMessage(EventId = 4102, Level = LogLevel.Warning, Message = "Blob watcher could not scan '{Container}': {Reason}")]
    private static partial void LogScanFailed(ILogger logger, string container, string reason);
}
