namespace ResumeFlow.Durable.Hosting;

/// <summary>Which engine runs the orchestrations (<c>Durable:Backend</c>).</summary>
public enum DurableBackend
{
    /// <summary>The embedded SQLite engine: one process, no infrastructure (the default).</summary>
    Sqlite,

    /// <summary>The Durable Task Framework's Azure Storage provider: a task hub many processes share.</summary>
    AzureStorage,
}
