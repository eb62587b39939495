using Microsoft.Extensions.Logging;

namespace ResumeFlow.Storage;

/// <summary>Source-generated log messages of the storage assembly.</summary>
internal static partial class Log
{
    [LoggerMessage(EventId = 4001, Level = LogLevel.Debug, Message = "Wrote artifact {Container}/{Name}")]
    public static partial void ArtifactWritten(ILogger logger, string container, string name);

    [LoggerMessage(EventId = 4002, Level = LogLevel.Debug, Message = "Deleted artifact {Container}/{Name}")]
    public static partial void ArtifactDeleted(ILogger logger, string container, string name);

    [LoggerMessage(EventId = 4003, Level = LogLevel.Information, Message = "Created blob container {Container}")]
    public static partial void BlobContainerCreated(ILogger logger, string container);

    [LoggerMessage(EventId = 4010, Level = LogLevel.Information, Message = "Opened SQLite document store at {Path}")]
    public static partial void SqliteOpened(ILogger logger, string path);

    [LoggerMessage(EventId = 4020, Level = LogLevel.Information, Message = "Cosmos database {Database} and containers are ready at {Endpoint}")]
    public static partial void CosmosReady(ILogger logger, string database, Uri endpoint);

    [LoggerMessage(EventId = 4021, Level = LogLevel.Warning, Message = "Cosmos endpoint {Endpoint} is loopback: accepting its self-signed certificate")]
    public static partial void CosmosLoopbackCertificateAccepted(ILogger logger, Uri endpoint);
}
