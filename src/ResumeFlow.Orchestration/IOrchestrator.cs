namespace ResumeFlow.Orchestration;

/// <summary>The untyped shape the engine invokes; implement <see cref="Orchestrator{TInput,TOutput}"/> instead.</summary>
public interface IOrchestrator
{
    Type InputType { get; }

    Type OutputType { get; }

    Task<object?> RunAsync(IOrchestrationContext context, object? input);
}
