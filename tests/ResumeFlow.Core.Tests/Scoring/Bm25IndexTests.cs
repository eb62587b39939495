using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Core.Tests.Scoring;

public sealed class Bm25IndexTests
{
    private static readonly Bm25Index Index = Bm25Index.Build(
    [
        "Senior baker with sourdough and pastry experience",
        "Kubernetes platform engineer running clusters",
        "Pastry chef and baker, bakery owner",
        "Accountant: ledgers, payroll, tax returns",
    ]);

    [Fact]
    public void Documents_sharing_query_terms_score_higher()
    {
        var scores = Index.ScoreAll("baker for our bakery");
        Assert.True(scores[2] > scores[1]);
        Assert.True(scores[0] > scores[3]);
        Assert.Equal(0, scores[3]);
    }

    [Fact]
    public void Inflections_meet_through_stemming()
        => Assert.True(Index.Score("bakers", 0) > 0);

    [Fact]
    public void Rarer_terms_weigh_more()
        => Assert.True(Index.InverseDocumentFrequency("kubernetes") > Index.InverseDocumentFrequency("baker"));

    [Fact]
    public void Unknown_terms_score_zero()
        => Assert.All(Index.ScoreAll("zebra quantum"), s => Assert.Equal(0, s));

    [Fact]
    public void Document_index_out_of_range_is_rejected()
        => Assert.Throws<ArgumentOutOfRangeException>(() => Index.Score("baker", 4));
}
