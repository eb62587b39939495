using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Tests.Scoring;

public sealed class LlmPreFilterTests
{
    private static readonly (string, double, double)[] Scores =
    [
        ("c", 55, 0.5), ("a", 90, 1.0), ("e", 20, 0.1), ("b", 90, 0.8), ("d", 70, 0.7),
    ];

    [Fact]
    public void Top_k_sends_the_best_ranked_candidates_only()
    {
        var result = LlmPreFilter.Select(Scores, topK: 2, minScore: null, estimatedCostPerCandidateUsd: 0.01m);
        Assert.Equal(["a", "b"], result.Selected);
        Assert.Equal(["d", "c", "e"], result.Skipped);
    }

    [Fact]
    public void Minimum_score_skips_everyone_below_it()
    {
        var result = LlmPreFilter.Select(Scores, topK: null, minScore: 60, estimatedCostPerCandidateUsd: 0.01m);
        Assert.Equal(["a", "b", "d"], result.Selected);
        Assert.Equal(2, result.Skipped.Count);
    }

    [Fact]
    public void Savings_are_skipped_candidates_times_the_estimated_cost()
    {
        var result = LlmPreFilter.Select(Scores, topK: 1, minScore: 50, estimatedCostPerCandidateUsd: 0.002m);
        Assert.Equal(["a"], result.Selected);
        Assert.Equal(0.008m, result.EstimatedSavingsUsd);
        Assert.Contains("skipped 4", result.Describe(), StringComparison.Ordinal);
    }

    [Fact]
    public void No_limits_send_everyone()
        => Assert.Equal(5, LlmPreFilter.Select(Scores, null, null, 0.01m).Selected.Count);
}
