using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The outcome of starting a screening. The instance id is deterministic (job, candidates, options),
/// so the same request finds the same instance: <see cref="ExistingStatus"/> is set when it was
/// already there (running after a crash, or done) and nothing new was started.
/// </summary>
public sealed record ScreeningStart(string ScreeningId, string InstanceId, string JobId, int Candidates, OrchestrationRuntimeStatus? ExistingStatus)
{
    public bool Resumed => ExistingStatus is not null;
}
