using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Skills;

/// <summary>One entry of <c>skills.json</c> as stored.</summary>
internal sealed record SkillEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases);

[JsonSerializable(typeof(List<SkillEntry>))]
internal sealed partial class SkillLexiconJsonContext : JsonSerializerContext;
