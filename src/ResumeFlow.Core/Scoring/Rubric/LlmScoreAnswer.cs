using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Scoring.Rubric;

/// <summary>The model's answer to the scoring rubric; its reply schema is exported from this record.</summary>
public sealed record LlmScoreAnswer(
    [property: JsonPropertyName("criteria")] LlmRubricCriteria? Criteria,
    [property: JsonPropertyName("missing_must_haves")] IReadOnlyList<string>? MissingMustHaves,
    [property: JsonPropertyName("overall_score"), Range(0, 100)] double OverallScore,
    [property: JsonPropertyName("summary")] string? Summary);
