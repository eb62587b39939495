using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Scoring.Rubric;

/// <summary>The model's verdict per rubric criterion: one named property each, so the reply schema stays strict.</summary>
public sealed record LlmRubricCriteria(
    [property: JsonPropertyName(ScoringCriteria.MustHave)] LlmCriterionAnswer? MustHave,
    [property: JsonPropertyName(ScoringCriteria.NiceToHave)] LlmCriterionAnswer? NiceToHave,
    [property: JsonPropertyName(ScoringCriteria.Experience)] LlmCriterionAnswer? Experience,
    [property: JsonPropertyName(ScoringCriteria.Recency)] LlmCriterionAnswer? Recency,
    [property: JsonPropertyName(ScoringCriteria.Education)] LlmCriterionAnswer? Education,
    [property: JsonPropertyName(ScoringCriteria.Title)] LlmCriterionAnswer? Title)
{
    /// <summary>The answer for a criterion of <see cref="ScoringRubric.Criteria"/> by its stable name.</summary>
    public LlmCriterionAnswer? Get(string criterion) => criterion switch
    {
        ScoringCriteria.MustHave => MustHave,
        ScoringCriteria.NiceToHave => NiceToHave,
        ScoringCriteria.Experience => Experience,
        ScoringCriteria.Recency => Recency,
        ScoringCriteria.Education => Education,
        ScoringCriteria.Title => Title,
        _ => null,
    };

    public static LlmRubricCriteria From(IReadOnlyDictionary<string, LlmCriterionAnswer> answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new(
            answers.GetValueOrDefault(ScoringCriteria.MustHave),
            answers.GetValueOrDefault(ScoringCriteria.NiceToHave),
            answers.GetValueOrDefault(ScoringCriteria.Experience),
            answers.GetValueOrDefault(ScoringCriteria.Recency),
            answers.GetValueOrDefault(ScoringCriteria.Education),
            answers.GetValueOrDefault(ScoringCriteria.Title));
    }
}
