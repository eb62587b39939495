namespace ResumeFlow.Core.Scoring;

/// <summary>
/// The one ranking order of the product: score descending, then must-have coverage descending, then candidate
/// id (ordinal) — stable, so the same scores always give the same ranks whatever order they arrived in.
/// </summary>
public static class CandidateRanking
{
    /// <summary>Compares two scores in ranking order (the better candidate first).</summary>
    public static IComparer<CandidateScore> Comparer { get; } = Comparer<CandidateScore>.Create(Compare);

    /// <summary>The scores in ranking order.</summary>
    public static IReadOnlyList<CandidateScore> Rank(IEnumerable<CandidateScore> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        var list = scores.ToList();
        list.Sort(Comparer);
        return list;
    }

    public static int Compare(CandidateScore? x, CandidateScore? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null)
        {
            return 1;
        }

        if (y is null)
        {
            return -1;
        }

        var byScore = y.Score.CompareTo(x.Score);
        if (byScore != 0)
        {
            return byScore;
        }

        var byCoverage = y.MustHaveCoverage.CompareTo(x.MustHaveCoverage);
        return byCoverage != 0 ? byCoverage : string.CompareOrdinal(x.CandidateId, y.CandidateId);
    }
}
