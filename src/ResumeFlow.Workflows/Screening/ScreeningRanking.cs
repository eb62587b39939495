using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// <see cref="CandidateRanking"/> (the one ranking order) applied to a screening's summaries and stored results,
/// and the LLM pre-filter's choice, so the orchestration, the reports and the results API always agree.
/// </summary>
public static class ScreeningRanking
{
    public static IComparer<CandidateScoreSummary> Summaries { get; } = CandidateRanking.By<CandidateScoreSummary>(
        s => new RankingKey(s.Failed, s.LlmScored, s.Score, s.MustHaveCoverage, s.DeterministicScore, s.CandidateId));

    public static IComparer<CandidateResultDocument> Results { get; } = CandidateRanking.By<CandidateResultDocument>(
        r => new RankingKey(r.ErrorCode is not null, r.LlmScore is not null, r.Score, r.MustHaveCoverage, r.DeterministicScore, r.CandidateId));

    /// <summary>
    /// The candidates the LLM pass re-scores: scored, not knocked out, at or above the floor, best
    /// <paramref name="topK"/> by deterministic score (ties by id).
    /// </summary>
    public static IReadOnlyList<string> SelectForLlm(IEnumerable<CandidateScoreSummary> summaries, int? topK, double? minScore)
    {
        ArgumentNullException.ThrowIfNull(summaries);
        var eligible = summaries
            .Where(s => !s.Failed && !s.KnockedOut && (minScore is null || s.DeterministicScore >= minScore))
            .OrderByDescending(s => s.DeterministicScore)
            .ThenBy(s => s.CandidateId, StringComparer.Ordinal);
        return (topK is { } k ? eligible.Take(k) : eligible).Select(s => s.CandidateId).ToList();
    }
}
