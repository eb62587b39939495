using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Scoring.Rubric;

/// <summary>The model's verdict on one criterion: a 0–100 score, verbatim CV quotes backing it, and why.</summary>
public sealed record LlmCriterionAnswer(
    [property: JsonPropertyName("score"), Range(0, 100)] double Score,
    [property: JsonPropertyName("evidence"), MaxLength(6)] IReadOnlyList<string>? Evidence,
    [property: JsonPropertyName("reasoning")] string? Reasoning);
