using Microsoft.Extensions.Logging;

namespace ResumeFlow.Workflows.Ingestion;

internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Information, Message = "Candidate {CandidateId}: {Format}, {Sections} sections, {Jobs} jobs, {Skills} skills")]
    public static partial void Extracted(ILogger logger, string candidateId, string format, int sections, int jobs, int skills);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Warning, Message = "Candidate {CandidateId} cannot be read: {ErrorCode}: {Reason}")]
    public static partial void ExtractionFailed(ILogger logger, string candidateId, string errorCode, string reason);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Ingestion of {Container}/{Name} started as {InstanceId} (candidate {CandidateId}, known: {Known})")]
    public static partial void IngestionStarted(ILogger logger, string container, string name, string instanceId, string candidateId, bool known);

    [LoggerMessage(EventId = 4004, Level = LogLevel.Warning, Message = "The LLM profile of candidate {CandidateId} was not used: {Reason}")]
    public static partial void LlmProfileRejected(ILogger logger, string candidateId, string reason);

    [LoggerMessage(EventId = 4005, Level = LogLevel.Warning, Message = "Blob {Container}/{Name} could not be started: {Reason}")]
    public static partial void BlobStartFailed(ILogger logger, string container, string name, string reason);
}
