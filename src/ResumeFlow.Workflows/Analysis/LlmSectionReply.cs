using System.ComponentModel.DataAnnotations;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>The structured reply of a section analysis; its schema is exported from these records.</summary>
internal sealed record LlmSectionReply(
    [property: Range(0, 100)] int Score,
    [property: MaxLength(12)] IReadOnlyList<LlmRequirementMatch> Matched,
    [property: MaxLength(12)] IReadOnlyList<string> MissingRequirements,
    [property: MaxLength(6)] IReadOnlyList<LlmSuggestion> Suggestions);

internal sealed record LlmRequirementMatch(string Requirement, string Evidence);

internal sealed record LlmSuggestion(SuggestionKind Kind, string Text, string Evidence);
