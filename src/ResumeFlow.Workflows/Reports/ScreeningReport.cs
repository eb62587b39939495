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
    IReadOnlyList<ScreeningReportRow> Candidates);

/// <summary>How many candidates were screened, scored, failed, passed, and re-scored by the LLM.</summary>
public sealed record ScreeningReportTotals(int Total, int Scored, int Failed, int Passed, int KnockedOut, int LlmScored);

/// <summary>
/// The LLM bill and what the deterministic pre-filter saved: the candidates it kept away from the
/// LLM times the mean cost of a candidate the LLM did score.
/// </summary>
public sealed record ScreeningReportCost(long InputTokens, long OutputTokens, decimal CostUsd, int SkippedByPrefilter, decimal EstimatedSavedUsd);

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
    MustHaveCounts? MustHaves = null);

/// <summary>How many of the job's must-haves a CV meets (directly or by an equivalent), partly meets, and lacks.</summary>
public sealed record MustHaveCounts(int Met, int Partly, int Absent)
{
    public static MustHaveCounts Of(IEnumerable<RequirementResult> requirements)
    {
        ArgumentNullException.ThrowIfNull(requirements);
        var mustHaves = requirements.Where(r => r.MustHave).ToList();
        return new MustHaveCounts(
            mustHaves.Count(r => r.Status is RequirementStatus.Met or RequirementStatus.MetByEquivalent),
            mustHaves.Count(r => r.Status == RequirementStatus.PartlyMet),
            mustHaves.Count(r => r.Status == RequirementStatus.Absent));
    }
}
