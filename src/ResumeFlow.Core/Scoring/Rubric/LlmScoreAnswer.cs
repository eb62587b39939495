using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Scoring.Rubric;

/// <summary>The model's answer to the scoring rubric, as <see cref="ScoringRubric.JsonSchema"/> describes it.</summary>
public sealed record LlmScoreAnswer(
    [property: JsonPropertyName("criteria")] IReadOnlyDictionary<string, LlmCriterionAnswer>? Criteria,
    [property: JsonPropertyName("missing_must_haves")] IReadOnlyList<string>? MissingMustHaves,
    [property: JsonPropertyName("overall_score")] double OverallScore,
    [property: JsonPropertyName("summary")] string? Summary);
