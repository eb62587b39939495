namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The one ranking order of a screening, used by the orchestration (LLM pre-filter), the reports and
/// the results API, so they always agree: scored before failed; LLM-scored before those the
/// pre-filter left out (the pre-filter already judged them weaker); higher score; higher
/// must-have coverage; higher deterministic score; then candidate id (ordinal), so equal scores rank the same way every time.
/// </summary>
public static class ScreeningRanking
{
    public static IComparer<CandidateScoreSummary> Summaries { get; } = Comparer<CandidateScoreSummary>.Create(
        (a, b) => Compare(a.Failed, a.LlmScored, a.Score, a.MustHaveCoverage, a.DeterministicScore, a.CandidateId, b.Failed, b.LlmScored, b.Score, b.MustHaveCoverage, b.DeterministicScore, b.CandidateId));

    public static IComparer<CandidateResultDocument> Results { get; } = Comparer<CandidateResultDocument>.Create(
        (a, b) => Compare(a.ErrorCode is not null, a.LlmScore is not null, a.Score, a.MustHaveCoverage, a.DeterministicScore, a.CandidateId, b.ErrorCode is not null, b.LlmScore is not null, b.Score, b.MustHaveCoverage, b.DeterministicScore, b.CandidateId));

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

    private static int Compare(
        bool failedA, bool llmA, double scoreA, double coverageA, double detA, string idA,
        bool failedB, bool llmB, double scoreB, double coverageB, double detB, string idB)
    {
        var c = failedA.CompareTo(failedB);
        if (c != 0)
        {
            return c;
        }

        c = llmB.CompareTo(llmA);
        if (c != 0)
        {
            return c;
        }

        c = scoreB.CompareTo(scoreA);
        if (c != 0)
        {
            return c;
        }

        c = coverageB.CompareTo(coverageA);
        if (c != 0)
        {
            return c;
        }

        c = detB.CompareTo(detA);
        return c != 0 ? c : string.CompareOrdinal(idA, idB);
    }
}
