using Microsoft.DurableTask;

namespace ResumeFlow.Durable.Worker;

/// <summary>
/// The <see cref="TaskActivityContext"/> the embedded engine hands to activities. The SDK's activity
/// signature has no cancellation token; activities observe the host's <c>IHostApplicationLifetime.ApplicationStopping</c>,
/// the one shutdown token every executor has (embedded, in-process test host, Azure Storage, Functions).
/// An abandoned attempt runs again after the restart, as activities run at least once.
/// </summary>
public sealed class EmbeddedActivityContext(TaskName name, string instanceId, int attempt) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;

    /// <summary>1 for the first call, n for the n-th attempt of a call retried by its <see cref="RetryPolicy"/>.</summary>
    public int Attempt { get; } = attempt;
}
