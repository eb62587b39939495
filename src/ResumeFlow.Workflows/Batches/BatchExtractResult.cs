namespace ResumeFlow.Workflows.Batches;

/// <summary>A finished job: candidates selected, totals, per-file totals, and the cost report artifacts ("container/name").</summary>
public sealed record BatchExtractResult(string JobId, int Candidates, BatchTally Tally, IReadOnlyList<BatchTally> Files, string? ReportJson, string? ReportHtml);
