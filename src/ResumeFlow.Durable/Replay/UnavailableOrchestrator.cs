using Microsoft.DurableTask;

namespace ResumeFlow.Durable.Replay;

/// <summary>
/// Stands in for an orchestrator the task factory could not create (its constructor threw, say):
/// the instance fails with that error instead of the engine loop.
/// </summary>
internal sealed class UnavailableOrchestrator(Exception error) : ITaskOrchestrator
{
    public Type InputType => typeof(object);

    public Type OutputType => typeof(object);

    public Task<object?> RunAsync(TaskOrchestrationContext context, object? input)
        => Task.FromException<object?>(new InvalidOperationException($"orchestrator_unavailable: the orchestrator '{context.Name}' could not be created: {error.Message}", error));
}
