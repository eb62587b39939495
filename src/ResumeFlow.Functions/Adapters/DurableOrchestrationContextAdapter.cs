using Microsoft.DurableTask;
using ResumeFlow.Orchestration;
using PortRetryPolicy = ResumeFlow.Orchestration.RetryPolicy;
using PortTaskOptions = ResumeFlow.Orchestration.TaskOptions;
using PortSubOrchestrationOptions = ResumeFlow.Orchestration.SubOrchestrationOptions;

namespace ResumeFlow.Functions.Adapters;

/// <summary>
/// Presents Durable Functions' <see cref="TaskOrchestrationContext"/> as the port the shared
/// orchestrators are written against. A one-to-one mapping: no logic lives here.
/// </summary>
internal sealed class DurableOrchestrationContextAdapter(TaskOrchestrationContext inner) : IOrchestrationContext
{
    public string Name => inner.Name;

    public string InstanceId => inner.InstanceId;

    public DateTime CurrentUtcDateTime => inner.CurrentUtcDateTime;

    public bool IsReplaying => inner.IsReplaying;

    public T? GetInput<T>() => inner.GetInput<T>();

    public Task<TResult> CallActivityAsync<TResult>(string name, object? input = null, PortTaskOptions? options = null)
        => inner.CallActivityAsync<TResult>(name, input, Map(options));

    public Task CallActivityAsync(string name, object? input = null, PortTaskOptions? options = null)
        => inner.CallActivityAsync(name, input, Map(options));

    public Task<TResult> CallSubOrchestratorAsync<TResult>(string orchestratorName, object? input = null, PortTaskOptions? options = null)
        => inner.CallSubOrchestratorAsync<TResult>(orchestratorName, input, Map(options));

    public Task CallSubOrchestratorAsync(string orchestratorName, object? input = null, PortTaskOptions? options = null)
        => inner.CallSubOrchestratorAsync(orchestratorName, input, Map(options));

    public Task CreateTimer(DateTime fireAt, CancellationToken cancellationToken) => inner.CreateTimer(fireAt, cancellationToken);

    public Task<T> WaitForExternalEvent<T>(string eventName, CancellationToken cancellationToken = default)
        => inner.WaitForExternalEvent<T>(eventName, cancellationToken);

    public void SetCustomStatus(object? customStatus) => inner.SetCustomStatus(customStatus);

    public void ContinueAsNew(object? newInput = null, bool preserveUnprocessedEvents = true)
        => inner.ContinueAsNew(newInput, preserveUnprocessedEvents);

    public Guid NewGuid() => inner.NewGuid();

    private static Microsoft.DurableTask.TaskOptions? Map(PortTaskOptions? options)
    {
        var retry = options?.Retry is { } policy ? new TaskRetryOptions(Map(policy)) : null;
        return options switch
        {
            null => null,
            PortSubOrchestrationOptions sub => new Microsoft.DurableTask.SubOrchestrationOptions(retry, sub.InstanceId),
            _ => new Microsoft.DurableTask.TaskOptions(retry),
        };
    }

    private static Microsoft.DurableTask.RetryPolicy Map(PortRetryPolicy policy) => new(
        policy.MaxNumberOfAttempts,
        policy.FirstRetryInterval,
        policy.BackoffCoefficient,
        policy.MaxRetryInterval,
        policy.RetryTimeout);
}
