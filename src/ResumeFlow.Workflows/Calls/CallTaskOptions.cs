using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Retries of the run's activities: for storage hiccups only (the LLM gateway retries the model itself, so an
/// activity retry never multiplies paid calls).
/// </summary>
internal static class CallTaskOptions
{
    public static TaskOptions Activity { get; } = TaskOptions.FromRetryPolicy(new RetryPolicy(3, TimeSpan.FromSeconds(1), 2, TimeSpan.FromSeconds(10)));
}
