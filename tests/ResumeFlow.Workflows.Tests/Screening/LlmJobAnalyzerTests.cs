using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Skills;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Tests.Screening;

public sealed class LlmJobAnalyzerTests
{
    private const string Job = """
        # Backend Engineer

        ## What you will do
        - Run services on Azure and Kubernetes.

        ## Requirements
        - 5+ years of experience
        - C# and SQL
        - Docker is a plus
        """;

    private static LlmJobReply Reply(string[] must, string[] nice, double? years = 5, string? title = "Backend Engineer")
        => new(title, must, nice, years, null, null);

    [Fact]
    public void Reply_naming_a_skill_the_job_does_not_name_is_rejected()
    {
        var problem = LlmJobAnalyzer.Validate(Reply(["C#", "Python"], []), Job, SkillLexicon.Default);

        Assert.NotNull(problem);
        Assert.Contains("Python", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Reply_with_minimum_years_not_in_the_job_is_rejected()
    {
        Assert.NotNull(LlmJobAnalyzer.Validate(Reply(["C#"], [], years: 8), Job, SkillLexicon.Default));
        Assert.Null(LlmJobAnalyzer.Validate(Reply(["C#", "SQL"], ["Docker"]), Job, SkillLexicon.Default));
    }

    [Fact]
    public void Accepted_reply_sets_must_haves_and_rebuilds_the_requirements_the_scorer_reads()
    {
        var deterministic = JobAnalyzer.Analyze(Job);

        var merged = LlmJobAnalyzer.Merge(Reply(["C#", "SQL", "Kubernetes"], ["Docker"]), deterministic, SkillLexicon.Default);

        Assert.Equal(["C#", "SQL", "Kubernetes"], merged.MustHaveSkills);
        Assert.Equal(["Docker"], merged.NiceToHaveSkills);
        var kubernetes = Assert.Single(merged.Requirements, r => r.Skills.Contains("Kubernetes"));
        Assert.True(kubernetes.MustHave);
        Assert.Contains("Kubernetes", kubernetes.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(merged.Requirements, r => r.MustHave && r.Skills.Contains("Docker"));
        Assert.Equal(deterministic.Text, merged.Text);
    }
}
