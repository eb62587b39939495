using ResumeFlow.Core.Calls.Insights;
using ResumeFlow.Core.Calls.Metrics;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Core.Calls;

/// <summary>
/// The stored result of one call: who and what it links to, its metrics, and the LLM insight, or when the analysis
/// failed after retries, <see cref="AnalysisSucceeded"/> false with the error (the call can be analysed again).
/// </summary>
public sealed record CallAnalysis
{
    public required string CallId { get; init; }

    public required string Source { get; init; }

    public required TranscriptFormat Format { get; init; }

    public string? CandidateId { get; init; }

    public string? JobId { get; init; }

    public string? InterviewerName { get; init; }

    public string? CandidateName { get; init; }

    public required CallMetrics Metrics { get; init; }

    public required bool AnalysisSucceeded { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public CallInsight? Insight { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    /// <summary>USD paid; null when the model's price is unknown.</summary>
    public decimal? CostUsd { get; init; }

    public string? Model { get; init; }
}
