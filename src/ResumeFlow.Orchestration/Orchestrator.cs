namespace ResumeFlow.Orchestration;

/// <summary>
/// A class-based orchestrator (<c>Microsoft.DurableTask.TaskOrchestrator&lt;TInput,TOutput&gt;</c>).
/// Registered under its type name unless registration names it otherwise. Inputs and outputs
/// are references (ids, blob names), never documents.
/// </summary>
public abstract class Orchestrator<TInput, TOutput> : IOrchestrator
{
    Type IOrchestrator.InputType => typeof(TInput);

    Type IOrchestrator.OutputType => typeof(TOutput);

    async Task<object?> IOrchestrator.RunAsync(IOrchestrationContext context, object? input)
        => await RunAsync(context, (TInput)input!).ConfigureAwait(true);

    public abstract Task<TOutput> RunAsync(IOrchestrationContext context, TInput input);
}
