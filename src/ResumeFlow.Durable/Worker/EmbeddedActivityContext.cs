using Microsoft.DurableTask;

namespace ResumeFlow.Durable.Worker;

/// <summary>
/// The <see cref="TaskActivityContext"/> the embedded engine hands to activities. The SDK's activity
/// signature has no cancellation token: an activity that should stop at shutdown casts its context
/// to this type and observes <see cref="CancellationToken"/> (it is abandoned then and runs again
/// after the restart, as activities run at least once).
/// </summary>
public sealed class EmbeddedActivityContext(TaskName name, string instanceId, int attempt, CancellationToken cancellationToken) : TaskActivityContext
{
    public override TaskName Name { get; } = name;

    public override string InstanceId { get; } = instanceId;

    /// <summary>1 for the first call, n for the n-th attempt of a call retried by its <see cref="RetryPolicy"/>.</summary>
    public int Attempt { get; } = attempt;

    /// <summary>Cancelled when the engine stops.</summary>
    public CancellationToken CancellationToken { get; } = cancellationToken;
}
