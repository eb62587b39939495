namespace ResumeFlow.Orchestration;

/// <summary>
/// Starts and manages instances. Mirrors <c>Microsoft.DurableTask.Client.DurableTaskClient</c>,
/// so the embedded engine and the Functions app's durable client are interchangeable behind it.
/// </summary>
public interface IOrchestrationClient
{
    /// <summary>Schedules an instance; returns its id. Starting an id that is already running is a no-op that returns the id.</summary>
    Task<string> ScheduleNewOrchestrationInstanceAsync(string orchestratorName, object? input = null, StartOrchestrationOptions? options = null, CancellationToken cancellationToken = default);

    Task<OrchestrationMetadata?> GetInstanceAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default);

    Task<OrchestrationMetadata> WaitForInstanceCompletionAsync(string instanceId, bool getInputsAndOutputs = false, CancellationToken cancellationToken = default);

    Task RaiseEventAsync(string instanceId, string eventName, object? eventPayload = null, CancellationToken cancellationToken = default);

    Task TerminateInstanceAsync(string instanceId, object? output = null, CancellationToken cancellationToken = default);

    Task SuspendInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    Task ResumeInstanceAsync(string instanceId, string? reason = null, CancellationToken cancellationToken = default);

    /// <summary>Deletes a completed, failed or terminated instance's history; returns whether one was purged.</summary>
    Task<bool> PurgeInstanceAsync(string instanceId, CancellationToken cancellationToken = default);

    Task<OrchestrationPage> GetAllInstancesAsync(OrchestrationQuery? query = null, CancellationToken cancellationToken = default);
}
