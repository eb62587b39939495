namespace ResumeFlow.Orchestration;

/// <summary>
/// A class-based activity (<c>Microsoft.DurableTask.TaskActivity&lt;TInput,TOutput&gt;</c>), resolved
/// from dependency injection per call. Activities do the I/O; they run at least once, so they
/// must be idempotent.
/// </summary>
public abstract class Activity<TInput, TOutput> : IActivity
{
    Type IActivity.InputType => typeof(TInput);

    Type IActivity.OutputType => typeof(TOutput);

    async Task<object?> IActivity.RunAsync(ActivityContext context, object? input, CancellationToken cancellationToken)
        => await RunAsync(context, (TInput)input!, cancellationToken).ConfigureAwait(false);

    public abstract Task<TOutput> RunAsync(ActivityContext context, TInput input, CancellationToken cancellationToken);
}
