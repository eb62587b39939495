using ResumeFlow.Core.Scoring;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Llm;

namespace ResumeFlow.Workflows.Scoring;

/// <summary>
/// One candidate's LLM scoring: the score (evidence-validated LLM criteria; or the deterministic score when the
/// call failed and fallback is on), whether the LLM actually scored it, the error when it did not, the quotes
/// rejected by evidence validation, and the tokens and cost paid (null when the price is unknown).
/// </summary>
public sealed record LlmScoringResult(
    CandidateScore Score,
    bool LlmScored,
    string? ErrorCode,
    string? ErrorMessage,
    int AcceptedQuotes,
    IReadOnlyList<RejectedQuote> RejectedQuotes,
    LlmUsage Usage,
    decimal? CostUsd,
    bool FromCache,
    string Model)
{
    /// <summary>The provider's completion id (null on a cache hit or failure), for the audit trail.</summary>
    public string? RequestId { get; init; }
}
