namespace ResumeFlow.Core.Scoring;

/// <summary>
/// The one ranking order of the product, used by the benchmark, the LLM pre-filter, the orchestration, the reports
/// and the results API: scored before failed; LLM-scored before those the pre-filter left out (it already judged
/// them weaker); higher score; higher must-have coverage; higher deterministic score; then candidate id (ordinal),
/// so equal scores always rank the same way whatever order they arrived in.
/// </summary>
public static class CandidateRanking
{
    /// <summary>Compares two deterministic scores in ranking order (the better candidate first).</summary>
    public static IComparer<CandidateScore> Comparer { get; } = By<CandidateScore>(s => new RankingKey(false, false, s.Score, s.MustHaveCoverage, s.Score, s.CandidateId));

    /// <summary>A comparer of any record that carries the ranking's fields.</summary>
    public static IComparer<T> By<T>(Func<T, RankingKey> key)
    {
        ArgumentNullException.ThrowIfNull(key);
        return Comparer<T>.Create((a, b) => ReferenceEquals(a, b) ? 0 : a is null ? 1 : b is null ? -1 : Compare(key(a), key(b)));
    }

    /// <summary>The scores in ranking order.</summary>
    public static IReadOnlyList<CandidateScore> Rank(IEnumerable<CandidateScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        list.Sort(Comparer);
        return list;
    }

    public static int Compare(RankingKey a, RankingKey b)
    {
        var c = a.Failed.CompareTo(b.Failed);
        c = c != 0 ? c : b.LlmScored.CompareTo(a.LlmScored);
        c = c != 0 ? c : b.Score.CompareTo(a.Score);
        c = c != 0 ? c : b.MustHaveCoverage.CompareTo(a.MustHaveCoverage);
        c = c != 0 ? c : b.DeterministicScore.CompareTo(a.DeterministicScore);
        return c != 0 ? c : string.CompareOrdinal(a.CandidateId, b.CandidateId);
    }
}
