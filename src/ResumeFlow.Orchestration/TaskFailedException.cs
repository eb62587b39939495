namespace ResumeFlow.Orchestration;

/// <summary>
/// Thrown into an orchestrator when an activity or sub-orchestration failed after its retries
/// (<c>Microsoft.DurableTask.TaskFailedException</c>).
/// </summary>
public sealed class TaskFailedException : Exception
{
    public TaskFailedException(string taskName, int taskId, FailureDetails failureDetails)
        : base($"Task '{taskName}' (#{taskId}) failed with an unhandled exception: {failureDetails.ErrorMessage}")
    {
        TaskName = taskName;
        TaskId = taskId;
        FailureDetails = failureDetails;
    }

    public TaskFailedException()
        : this("unknown", -1, new FailureDetails("Exception", "unknown failure"))
    {
    }

    public TaskFailedException(string message)
        : this("unknown", -1, new FailureDetails("Exception", message))
    {
    }

    public TaskFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        TaskName = "unknown";
        FailureDetails = new FailureDetails(innerException.GetType().FullName ?? "Exception", innerException.Message);
    }

    public string TaskName { get; }

    public int TaskId { get; }

    public FailureDetails FailureDetails { get; }
}
