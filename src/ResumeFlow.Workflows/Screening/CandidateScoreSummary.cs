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
    decimal CostUsd = 0m)
{
    /// <summary>Why it failed, for the record; short (the exception message, not a stack).</summary>
    public string? ErrorMessage { get; init; }

    public bool Failed => ErrorCode is not null;

    public bool Passes(double threshold) => !Failed && !KnockedOut && Score >= threshold;
}
