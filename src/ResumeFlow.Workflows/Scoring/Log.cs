using Microsoft.Extensions.Logging;

namespace ResumeFlow.Workflows.Scoring;

internal static partial class Log
{
    [LoggerMessage(EventId = 6100, Level = LogLevel.Warning, Message = "LLM scoring of candidate {CandidateId} failed ({ErrorCode}): {ErrorMessage}")]
    public static partial void LlmScoringFailed(ILogger logger, string candidateId, string? errorCode, string? errorMessage);

    [LoggerMessage(EventId = 6101, Level = LogLevel.Information, Message = "LLM evidence for candidate {CandidateId}: {Accepted} quotes accepted, {Rejected} rejected")]
    public static partial void EvidenceChecked(ILogger logger, string candidateId, int accepted, int rejected);
}
