namespace ResumeFlow.Testing.Durable;

/// <summary>The executors the shared orchestration tests run on: the same orchestrator classes on each.</summary>
public enum OrchestrationExecutor
{
    /// <summary>ResumeFlow's embedded SQLite engine (the default everywhere but Azure).</summary>
    Embedded,

    /// <summary>Microsoft's in-process test host (<c>Microsoft.DurableTask.InProcessTestHost</c>): the SDK's gRPC worker over an in-memory backend.</summary>
    InProcessTestHost,

    /// <summary>The Durable Task Framework's Azure Storage provider on Azurite (scripts/test.sh), one fresh task hub per host.</summary>
    AzureStorage,
}
