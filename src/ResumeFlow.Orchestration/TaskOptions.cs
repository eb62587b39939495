namespace ResumeFlow.Orchestration;

/// <summary>Options for an activity or sub-orchestration call (<c>Microsoft.DurableTask.TaskOptions</c>).</summary>
public record TaskOptions(RetryPolicy? Retry = null)
{
    public static TaskOptions FromRetryPolicy(RetryPolicy policy) => new(policy);
}
