using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Core.Tests.Scoring;

/// <summary>A screening's own weight per requirement moves the must-have coverage, and 0 takes a requirement out.</summary>
public sealed class RequirementWeightTests
{
    private static readonly JobProfile Job = JobAnalyzer.Analyze("""
        # Platform Engineer
        ## Requirements
        - Must have Kubernetes
        - Must have Terraform
        """);

    private const string KubernetesOnly = """
        Ada Example
        ## Experience
        Platform Engineer, Contoso (2019 - 2024)
        - Ran Kubernetes clusters for payment services
        """;

    private static CandidateScore Score(IReadOnlyDictionary<string, double>? requirementWeights)
    {
        var scorer = new DeterministicScorer(timeProvider: new FixedTimeProvider(new DateTimeOffset(2025, 6, 1, 0, 0, 0, TimeSpan.Zero)));
        return scorer.Prepare(Job, new ScoringWeights(), requirementWeights).Score(scorer.Extract(new ScoringInput("c1", KubernetesOnly)));
    }

    private static string NameOf(string skill) => Job.Requirements.Single(r => r.Text.Contains(skill, StringComparison.Ordinal)).Name;

    private static double MustHave(CandidateScore score) => score.Criteria.Single(c => c.Name == ScoringCriteria.MustHave).Score;

    [Fact]
    public void Weighting_the_met_requirement_up_raises_must_have_coverage_and_the_total()
    {
        var even = Score(null);
        var weighted = Score(new Dictionary<string, double> { [NameOf("Kubernetes")] = 3 });

        Assert.Equal(50, MustHave(even), 1);
        Assert.Equal(75, MustHave(weighted), 1);
        Assert.True(weighted.Score > even.Score);
    }

    [Fact]
    public void A_requirement_weighted_zero_is_neither_graded_nor_a_knock_out()
    {
        var even = Score(null);
        var ignored = Score(new Dictionary<string, double> { [NameOf("Terraform").ToUpperInvariant()] = 0 });

        Assert.Contains(even.Requirements, r => r.Requirement == NameOf("Terraform"));
        Assert.DoesNotContain(ignored.Requirements, r => r.Requirement == NameOf("Terraform"));
        Assert.Empty(ignored.KnockOuts);
        Assert.Equal(100, MustHave(ignored), 1);
    }
}
