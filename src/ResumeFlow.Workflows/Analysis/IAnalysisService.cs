using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>Starts analyses and reads their results (over <c>DurableTaskClient</c>).</summary>
public interface IAnalysisService
{
    /// <summary>
    /// Checks that the candidate (with its text) and the job exist, then schedules AnalyzeResume; returns the
    /// instance id (also the analysis id). Throws <see cref="AnalysisException"/> and starts nothing otherwise.
    /// </summary>
    Task<string> StartAsync(AnalyzeResumeInput input, CancellationToken cancellationToken = default);

    /// <summary>The progress, and the full report once completed; null when the id is unknown.</summary>
    Task<AnalysisResult?> GetResultAsync(string analysisId, CancellationToken cancellationToken = default);

    /// <summary>One of the completed analysis's <see cref="AnalysisReportWriters.Files"/>; <see cref="AnalysisException"/> otherwise.</summary>
    Task<AnalysisReportFile> OpenReportAsync(string analysisId, string file, CancellationToken cancellationToken = default);
}

/// <summary>An analysis as callers see it: the runtime status, the latest custom status, the report when completed, and what it was asked.</summary>
public sealed record AnalysisResult(string AnalysisId, string RuntimeStatus, AnalysisStatus? Progress, AnalysisSummary? Summary, AnalysisReport? Report, string? Error, AnalyzeResumeInput? Input = null);
