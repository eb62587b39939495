namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The front door of screening for the HTTP host and the CLI: validates a request before anything
/// starts (throwing <see cref="ScreeningException"/> with a stable code), starts or finds the
/// orchestration, retries failed candidates, and reads results and reports.
/// </summary>
public interface IScreeningService
{
    /// <summary>Analyses and stores a job description; returns its id (the hash of its text).</summary>
    Task<string> SaveJobAsync(string jobText, string? title = null, CancellationToken cancellationToken = default);

    Task<ScreeningStart> StartAsync(ScreeningRequest request, CancellationToken cancellationToken = default);

    /// <summary>Re-scores only the failed candidates of a completed screening and rewrites its report.</summary>
    Task<ScreeningStart> RetryFailedAsync(string screeningId, CancellationToken cancellationToken = default)
        => RetryFailedAsync(screeningId, requestedBy: null, cancellationToken);

    /// <summary>As <see cref="RetryFailedAsync(string, CancellationToken)"/>, recording <paramref name="requestedBy"/> in the audit trail.</summary>
    Task<ScreeningStart> RetryFailedAsync(string screeningId, string? requestedBy, CancellationToken cancellationToken = default);

    Task<ScreeningResults> GetResultsAsync(string screeningId, int? top = null, double? minScore = null, CancellationToken cancellationToken = default);

    /// <summary>Opens report.json, report.csv or report.html (<paramref name="format"/> = json | csv | html).</summary>
    Task<ScreeningReportFile> OpenReportAsync(string screeningId, string format, CancellationToken cancellationToken = default);
}
