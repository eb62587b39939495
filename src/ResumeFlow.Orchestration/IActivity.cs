namespace ResumeFlow.Orchestration;

/// <summary>The untyped shape the engine invokes; implement <see cref="Activity{TInput,TOutput}"/> instead.</summary>
public interface IActivity
{
    Type InputType { get; }

    Type OutputType { get; }

    Task<object?> RunAsync(ActivityContext context, object? input, CancellationToken cancellationToken);
}
