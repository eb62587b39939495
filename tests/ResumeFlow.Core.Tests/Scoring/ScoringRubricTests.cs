using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Core.Scoring.Rubric;

namespace ResumeFlow.Core.Tests.Scoring;

public sealed class ScoringRubricTests
{
    [Fact]
    public void Instructions_carry_the_rubric_and_the_evidence_rule()
    {
        Assert.Contains("VERBATIM", ScoringRubric.Instructions, StringComparison.Ordinal);
        Assert.Contains("untrusted", ScoringRubric.Instructions, StringComparison.Ordinal);
        Assert.All(ScoringRubric.Criteria, c => Assert.Contains("- " + c + ":", ScoringRubric.Instructions, StringComparison.Ordinal));
        Assert.DoesNotContain(ScoringCriteria.TextSimilarity, ScoringRubric.Criteria);
    }

    [Fact]
    public void Shared_context_states_the_analysed_job_and_is_stable()
    {
        var job = JobAnalyzer.Analyze("## Job title\nBaker\n## Required Skills\n- Baking\n## Required Experience\n- 3 years as a baker\n");
        var context = ScoringRubric.SharedContext(job);
        Assert.Contains("Title: Baker", context, StringComparison.Ordinal);
        Assert.Contains("Must-have skills: Baking", context, StringComparison.Ordinal);
        Assert.Contains("3 years as/in baker", context, StringComparison.Ordinal);
        Assert.Contains("FULL JOB DESCRIPTION", context, StringComparison.Ordinal);
        Assert.Equal(context, ScoringRubric.SharedContext(JobAnalyzer.Analyze(job.Text)));
    }
}
