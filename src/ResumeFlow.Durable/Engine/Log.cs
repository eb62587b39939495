using Microsoft.Extensions.Logging;

namespace ResumeFlow.Durable.Engine;

internal static partial class Log
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Durable engine started on {DatabasePath}: {Messages} pending messages, {Timers} timers, {Activities} activities to resume")]
    public static partial void EngineStarted(ILogger logger, string databasePath, int messages, int timers, int activities);

    [LoggerMessage(EventId = 2, Level = LogLevel.Information, Message = "Durable engine stopped")]
    public static partial void EngineStopped(ILogger logger);

    [LoggerMessage(EventId = 3, Level = LogLevel.Warning, Message = "Commit of an engine batch failed (attempt {Attempt}); retrying")]
    public static partial void CommitRetry(ILogger logger, Exception exception, int attempt);

    [LoggerMessage(EventId = 4, Level = LogLevel.Critical, Message = "The durable engine stopped processing: a batch could not be committed")]
    public static partial void EngineFaulted(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 5, Level = LogLevel.Warning, Message = "Activity {ActivityName} of instance {InstanceId} failed (attempt {Attempt})")]
    public static partial void ActivityFailed(ILogger logger, Exception exception, string activityName, string instanceId, int attempt);

    [LoggerMessage(EventId = 6, Level = LogLevel.Information, Message = "Instance {InstanceId} ({Name}) finished as {Status}")]
    public static partial void InstanceFinished(ILogger logger, string instanceId, string name, string status);

    [LoggerMessage(EventId = 8, Level = LogLevel.Debug, Message = "Committed a step: {HistoryEvents} history events, {Instances} instances, in {Milliseconds} ms")]
    public static partial void BatchCommitted(ILogger logger, int historyEvents, int instances, double milliseconds);

    [LoggerMessage(EventId = 9, Level = LogLevel.Warning, Message = "WAL checkpoint failed; retrying on the next interval")]
    public static partial void CheckpointFailed(ILogger logger, Exception exception);

    [LoggerMessage(EventId = 7, Level = LogLevel.Error, Message = "The durable engine loop failed")]
    public static partial void LoopFailed(ILogger logger, Exception exception);
}
