namespace ResumeFlow.Orchestration;

/// <summary>
/// The port every orchestrator is written against. Members mirror
/// <c>Microsoft.DurableTask.TaskOrchestrationContext</c> by name and meaning, so the Azure
/// Functions adapter is a one-to-one mapping and the embedded engine can replay the same code.
/// Orchestrator code must be deterministic: no I/O, no clock, no randomness except through here.
/// </summary>
public interface IOrchestrationContext
{
    /// <summary>The orchestrator's registered name.</summary>
    string Name { get; }

    string InstanceId { get; }

    /// <summary>Replay-safe current time: the timestamp of the history event being processed.</summary>
    DateTime CurrentUtcDateTime { get; }

    bool IsReplaying { get; }

    T? GetInput<T>();

    Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, TaskOptions? options = null);

    Task CallActivityAsync(string name, object? input = null, TaskOptions? options = null);

    Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, TaskOptions? options = null);

    Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, TaskOptions? options = null);

    Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken);

    Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default);

    /// <summary>Sets the custom status; more than 16 KB serialized is rejected, as Durable does.</summary>
    void SetCustomStatus(object? customStatus);

    void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true);

    /// <summary>A deterministic, replay-safe GUID (name-based, derived from the instance and a counter).</summary>
    Guid NewGuid();
}
