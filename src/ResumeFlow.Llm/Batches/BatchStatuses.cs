namespace ResumeFlow.Llm.Batches;

/// <summary>The Batch API's batch statuses.</summary>
public static class BatchStatuses
{
    public const string Validating = "validating";
    public const string InProgress = "in_progress";
    public const string Finalizing = "finalizing";
    public const string Completed = "completed";
    public const string Failed = "failed";
    public const string Expired = "expired";
    public const string Cancelling = "cancelling";
    public const string Cancelled = "cancelled";

    /// <summary>No further change will come: output and error files (if any) can be read.</summary>
    public static bool IsTerminal(string status) => status is Completed or Failed or Expired or Cancelled;
}
