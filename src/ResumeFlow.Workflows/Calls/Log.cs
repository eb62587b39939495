using Microsoft.Extensions.Logging;

namespace ResumeFlow.Workflows.Calls;

internal static partial class Log
{
    [LoggerMessage(EventId = 6400, Level = LogLevel.Warning, Message = "LLM analysis of call {CallId} failed ({ErrorCode}): {ErrorMessage}")]
    public static partial void CallAnalysisFailed(ILogger logger, string callId, string? errorCode, string? errorMessage);

    [LoggerMessage(EventId = 6401, Level = LogLevel.Information, Message = "Quotes of call {CallId}: {Accepted} found in the transcript, {Rejected} rejected")]
    public static partial void QuotesChecked(ILogger logger, string callId, int accepted, int rejected);

    [LoggerMessage(EventId = 6402, Level = LogLevel.Warning, Message = "Transcript {Source} is unreadable ({ErrorCode}): {ErrorMessage}")]
    public static partial void TranscriptUnreadable(ILogger logger, string source, string errorCode, string errorMessage);
}
