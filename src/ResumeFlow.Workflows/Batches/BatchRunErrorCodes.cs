namespace ResumeFlow.Workflows.Batches;

/// <summary>Stable error codes of batch runs as the fronts (CLI, HTTP) report them.</summary>
public static class BatchRunErrorCodes
{
    public const string BatchNotFound = "batch_not_found";

    /// <summary>The run has not written its cost report yet (still running, or a continuous run: ask for one of its jobs).</summary>
    public const string ReportNotFound = "batch_report_not_found";

    public const string UnknownReportFormat = "unknown_report_format";
}
