namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Input of the report activity. It reads every result of the screening from the store (the
/// partition), so a retry of a few candidates rewrites a report over all of them. <see cref="Failures"/> and
/// <see cref="FailedChunks"/> are what no activity could record itself.
/// </summary>
public sealed record WriteScreeningReportInput(
    string ScreeningId,
    string JobId,
    ScreeningOptions Options,
    IReadOnlyList<CandidateFailure> Failures,
    bool IsRetry,
    DateTime StartedAt,
    DateTime CompletedAt,
    IReadOnlyList<CandidateRangeFailure>? FailedChunks = null);
