using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>Starts analyses and reads their results (over <c>DurableTaskClient</c>).</summary>
public interface IAnalysisService
{
    /// <summary>Schedules AnalyzeResume; returns the instance id (also the analysis id).</summary>
    Task<string> StartAsync(AnalyzeResumeInput input, CancellationToken cancellationToken = default);

    /// <summary>The progress, and the full report once completed; null when the id is unknown.</summary>
    Task<AnalysisResult?> GetResultAsync(string analysisId, CancellationToken cancellationToken = default);
}

/// <summary>An analysis as callers see it: the runtime status, the latest custom status, and the report when completed.</summary>
public sealed record AnalysisResult(string AnalysisId, string RuntimeStatus, AnalysisStatus? Progress, AnalysisSummary? Summary, AnalysisReport? Report, string? Error);
