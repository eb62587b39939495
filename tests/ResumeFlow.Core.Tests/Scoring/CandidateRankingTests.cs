using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Core.Tests.Scoring;

public sealed class CandidateRankingTests
{
    private static CandidateScore Candidate(string id, double score, double coverage) => new(id, score, [], [], [], [], coverage);

    [Fact]
    public void Ranks_by_score_then_must_have_coverage_then_id()
    {
        var ranked = CandidateRanking.Rank(
        [
            Candidate("b", 70, 0.5),
            Candidate("c", 80, 0.5),
            Candidate("a", 70, 0.5),
            Candidate("d", 70, 0.9),
        ]);
        Assert.Equal(["c", "d", "a", "b"], ranked.Select(r => r.CandidateId));
    }

    [Fact]
    public void Order_does_not_depend_on_arrival_order()
    {
        var scores = Enumerable.Range(0, 50).Select(i => Candidate($"c{i:D2}", i % 5, i % 3 / 3.0)).ToList();
        var forward = CandidateRanking.Rank(scores).Select(s => s.CandidateId);
        var backward = CandidateRanking.Rank(Enumerable.Reverse(scores)).Select(s => s.CandidateId);
        Assert.Equal(forward, backward);
    }
}
