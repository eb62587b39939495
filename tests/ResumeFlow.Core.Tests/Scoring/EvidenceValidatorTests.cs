using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Core.Scoring.Rubric;

namespace ResumeFlow.Core.Tests.Scoring;

public sealed class EvidenceValidatorTests
{
    private const string Cv = """
        ## Skills
        - Kubernetes   operations and   Helm charts
        - C# “and” .NET – payments

        ## Experience
        Backend Engineer, Contoso (2019 - 2024)
        """;

    private static readonly ScoringWeights Weights = new();

    private static readonly CandidateScore Deterministic = new DeterministicScorer().Score(
        JobAnalyzer.Analyze("## Job title\nBackend Engineer\n## Required Skills\n- Kubernetes\n- C#\n## Nice to have\n- Helm\n## Education\nBachelor's degree"),
        new ScoringInput("c1", Cv));

    private static LlmScoreAnswer Answer(params (string Name, double Score, string[] Quotes)[] criteria)
        => new(LlmRubricCriteria.From(criteria.ToDictionary(c => c.Name, c => new LlmCriterionAnswer(c.Score, c.Quotes, "because"))), [], 80, "ok");

    private static CriterionScore Criterion(LlmScoreValidation v, string name) => v.Score.Criteria.Single(c => c.Name == name);

    [Fact]
    public void Quotes_match_ignoring_case_spacing_quote_marks_and_dashes()
    {
        Assert.True(EvidenceValidator.Occurs("kubernetes operations and helm charts", Cv));
        Assert.True(EvidenceValidator.Occurs("C# \"and\" .NET - payments", Cv));
        Assert.True(EvidenceValidator.Occurs("- Backend Engineer, Contoso (2019 - 2024)", Cv));
        Assert.False(EvidenceValidator.Occurs("Kubernetes certified administrator", Cv));
        Assert.False(EvidenceValidator.Occurs("C#", Cv));
    }

    [Fact]
    public void A_fabricated_quote_is_rejected_and_its_points_removed()
    {
        var v = EvidenceValidator.Validate(
            Answer((ScoringCriteria.MustHave, 100, ["Kubernetes operations and Helm charts", "10 years of Kubernetes at Google"])),
            Cv,
            Deterministic,
            Weights);

        var mustHave = Criterion(v, ScoringCriteria.MustHave);
        Assert.Equal(50, mustHave.Score);
        Assert.Equal(["Kubernetes operations and Helm charts"], mustHave.Evidence);
        Assert.Contains(v.Rejected, r => r.Quote == "10 years of Kubernetes at Google" && r.Reason == "not_in_cv" && r.Criterion == ScoringCriteria.MustHave);
        Assert.Equal(1, v.AcceptedQuotes);
    }

    [Fact]
    public void A_criterion_without_any_valid_quote_is_capped()
    {
        var v = EvidenceValidator.Validate(
            Answer((ScoringCriteria.Experience, 95, []), (ScoringCriteria.Title, 90, ["Principal Architect at Microsoft"])),
            Cv,
            Deterministic,
            Weights);
        Assert.Equal(EvidenceValidator.UnsupportedScoreCap, Criterion(v, ScoringCriteria.Experience).Score);
        Assert.Equal(0, Criterion(v, ScoringCriteria.Title).Score);
    }

    [Fact]
    public void Unassessed_criteria_score_zero_and_weights_follow_the_deterministic_score()
    {
        var v = EvidenceValidator.Validate(Answer((ScoringCriteria.MustHave, 100, ["Kubernetes operations and Helm charts"])), Cv, Deterministic, Weights);
        Assert.Equal(0, Criterion(v, ScoringCriteria.Recency).Score);
        Assert.Equal("not assessed by the model", Criterion(v, ScoringCriteria.Recency).Notes);
        foreach (var c in v.Score.Criteria)
        {
            Assert.Equal(Deterministic.Criteria.Single(d => d.Name == c.Name).Weight, c.Weight);
        }

        Assert.Equal(Deterministic.KnockOuts, v.Score.KnockOuts);
    }

    [Fact]
    public void Fully_supported_answers_keep_their_scores()
    {
        var quotes = new[] { "Backend Engineer, Contoso (2019 - 2024)" };
        var v = EvidenceValidator.Validate(
            Answer(ScoringRubric.Criteria.Select(c => (c, 80.0, quotes)).ToArray()),
            Cv,
            Deterministic,
            Weights);
        Assert.All(v.Score.Criteria, c => Assert.Equal(80, c.Score));
        Assert.Empty(v.Rejected);
        Assert.Equal(80, v.Score.Score);
    }
}
