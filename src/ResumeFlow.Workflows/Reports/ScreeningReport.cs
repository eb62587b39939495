using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Reports;

/// <summary>
/// A screening's report, the one model the JSON, CSV and HTML writers render (so the three agree):
/// totals, cost, the score distribution and every candidate in ranking order.
/// </summary>
public sealed record ScreeningReport(
    string ScreeningId,
    string JobId,
    string? JobTitle,
    DateTimeOffset GeneratedAt,
    double Threshold,
    ScreeningReportTotals Totals,
    ScreeningReportCost Cost,
    IReadOnlyList<ScoreBin> Distribution,
    IReadOnlyList<ScreeningReportRow> Candidates)
{
    /// <summary>Why the report changed after the run (erasures), oldest first.</summary>
    public IReadOnlyList<string> Amendments { get; init; } = [];
}

/// <summary>How many candidates were screened, scored, failed, passed, and re-scored by the LLM.</summary>
public sealed record ScreeningReportTotals(int Total, int Scored, int Failed, int Passed, int KnockedOut, int LlmScored)
{
    /// <summary>Decisions a person confirmed or overrode.</summary>
    public int Reviewed { get; init; }

    public int Overridden { get; init; }

    /// <summary>Automated rejections still provisional (when the screening makes them so).</summary>
    public int PendingReview { get; init; }
}

/// <summary>
/// The LLM bill and what the deterministic pre-filter saved: the candidates it kept away from the
/// LLM times the mean cost of a candidate the LLM did score.
/// </summary>
/// <summary>LLM usage and cost; <see cref="CostUsd"/> (and the estimated saving) is null when a model's price is unknown, flagged by <see cref="PriceUnknown"/>.</summary>
public sealed record ScreeningReportCost(long InputTokens, long OutputTokens, decimal? CostUsd, int SkippedByPrefilter, decimal? EstimatedSavedUsd)
{
    public bool PriceUnknown => CostUsd is null;
}

/// <summary>One bar of the score distribution: candidates with <see cref="From"/> ≤ score &lt; <see cref="To"/> (the last bar includes 100).</summary>
public sealed record ScoreBin(int From, int To, int Count);

/// <summary>
/// One candidate in the report, in rank order, with the evidence behind the score and, for every must-have not
/// plainly met, why (<see cref="MustHaveNotes"/>: met by which equivalent, partly met how, absent, knock-out).
/// </summary>
public sealed record ScreeningReportRow(
    int Rank,
    string CandidateId,
    string? FileName,
    string? CandidateName,
    double Score,
    double DeterministicScore,
    double? LlmScore,
    bool Passed,
    bool KnockedOut,
    IReadOnlyList<string> MatchedSkills,
    IReadOnlyList<string> MissingMustHaves,
    IReadOnlyList<string> Evidence,
    string? ErrorCode,
    IReadOnlyList<string>? MustHaveNotes = null,
    string? CallSummary = null,
    MustHaveCounts? MustHaves = null)
{
    /// <summary>What the scoring decided; <see cref="Passed"/> is the decision that stands after any review.</summary>
    public bool AutomatedPassed { get; init; }

    /// <summary>One of <see cref="Review.DecisionStates"/>.</summary>
    public string Decision { get; init; } = Review.DecisionStates.Automated;

    public string? Reviewer { get; init; }

    public string? ReviewReason { get; init; }
}
