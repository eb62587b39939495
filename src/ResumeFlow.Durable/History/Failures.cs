using Microsoft.DurableTask;

namespace ResumeFlow.Durable.History;

/// <summary>Builds <see cref="TaskFailureDetails"/> the way the SDK's workers report them.</summary>
internal static class Failures
{
    public static TaskFailureDetails Of(string errorType, string errorMessage) => new(errorType, errorMessage, null, null, null);

    /// <summary>
    /// An exception that ends an orchestrator: a <see cref="TaskFailedException"/> it did not catch keeps the
    /// failed task's details as its inner failure, so callers see what the activity threw.
    /// </summary>
    public static TaskFailureDetails FromException(Exception exception) => exception is TaskFailedException taskFailed
        ? new TaskFailureDetails(typeof(TaskFailedException).FullName!, taskFailed.Message, taskFailed.StackTrace, taskFailed.FailureDetails, null)
        : new TaskFailureDetails(
            exception.GetType().FullName ?? exception.GetType().Name,
            exception.Message,
            exception.StackTrace,
            exception.InnerException is { } inner ? FromException(inner) : null,
            null);
}
