using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// What a scoring activity hands back to the orchestration: a few numbers, never the CV or the
/// evidence (those are in the per-candidate result document).
/// </summary>
public sealed record CandidateScoreSummary(
    string CandidateId,
    double Score,
    double DeterministicScore,
    bool KnockedOut,
    bool LlmScored,
    double MustHaveCoverage = 0,
    string? ErrorCode = null,
    int InputTokens = 0,
    int OutputTokens = 0,
    decimal? CostUsd = 0m)
{
    /// <summary>Why it failed, for the record; short (the exception message, not a stack).</summary>
    public string? ErrorMessage { get; init; }

    public bool Failed => ErrorCode is not null;

    /// <summary>
    /// Combines a candidate's deterministic and LLM summaries: the LLM's replaces the deterministic one;
    /// a failed LLM re-score keeps the deterministic score and records the error (so a retry re-runs only the LLM).
    /// </summary>
    public static CandidateScoreSummary Merge(CandidateScoreSummary deterministic, CandidateScoreSummary llm)
    {
        ArgumentNullException.ThrowIfNull(deterministic);
        ArgumentNullException.ThrowIfNull(llm);
        return llm.Failed
            ? deterministic with { ErrorCode = llm.ErrorCode, ErrorMessage = llm.ErrorMessage }
            : llm with { DeterministicScore = deterministic.DeterministicScore, MustHaveCoverage = deterministic.MustHaveCoverage };
    }

    public bool Passes(double threshold) => PassRule.Passes(Failed, KnockedOut, Score, threshold);
}
