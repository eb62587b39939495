namespace ResumeFlow.Workflows.Screening;

/// <summary>Output of <see cref="ScreenCandidatesOrchestrator"/>: totals over the whole screening, the best few, and where the reports are.</summary>
public sealed record ScreeningOutcome(
    string ScreeningId,
    string JobId,
    int Total,
    int Scored,
    int Failed,
    int Passed,
    int LlmScored,
    long InputTokens,
    long OutputTokens,
    decimal? CostUsd,
    IReadOnlyList<RankedCandidate> Top,
    ScreeningReportLocations Reports);

/// <summary>One row of the ranking as the orchestration output carries it (no evidence).</summary>
public sealed record RankedCandidate(int Rank, string CandidateId, double Score, bool Passed);

/// <summary>Names of the report artifacts in the <c>reports</c> container.</summary>
public sealed record ScreeningReportLocations(string Json, string Csv, string Html)
{
    public static ScreeningReportLocations For(string screeningId) =>
        new($"{screeningId}/report.json", $"{screeningId}/report.csv", $"{screeningId}/report.html");
}
