using Microsoft.Extensions.Logging;

namespace ResumeFlow.Llm;

internal static partial class Log
{
    [LoggerMessage(EventId = 5001, Level = LogLevel.Debug, Message = "Deployment {Deployment} rate limited; pausing admissions for {RetryAfterMs} ms (item {ItemKey})")]
    public static partial void RateLimited(ILogger logger, string deployment, double retryAfterMs, string itemKey);

    [LoggerMessage(EventId = 5002, Level = LogLevel.Debug, Message = "Retrying item {ItemKey} on {Deployment} after {Reason}; attempt {Attempt}, delay {DelayMs} ms")]
    public static partial void Retrying(ILogger logger, string itemKey, string deployment, string reason, int attempt, double delayMs);

    [LoggerMessage(EventId = 5003, Level = LogLevel.Warning, Message = "Deployment {Deployment} keeps failing; admissions paused for {BreakSeconds} s")]
    public static partial void BreakerOpened(ILogger logger, string deployment, double breakSeconds);

    [LoggerMessage(EventId = 5004, Level = LogLevel.Information, Message = "Reply for item {ItemKey} rejected ({ErrorCode}: {Reason}); asking once for a repair")]
    public static partial void Repairing(ILogger logger, string itemKey, string errorCode, string reason);

    [LoggerMessage(EventId = 5005, Level = LogLevel.Warning, Message = "Item {ItemKey} failed on {Deployment}: {ErrorCode} after {Attempts} attempts")]
    public static partial void ItemFailed(ILogger logger, string itemKey, string deployment, string errorCode, int attempts);
}
