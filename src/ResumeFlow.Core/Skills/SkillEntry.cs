using System.Text.Json.Serialization;

namespace ResumeFlow.Core.Skills;

/// <summary>One entry of <c>skills.json</c> as stored.</summary>
internal sealed record SkillEntry(
    [property: JsonPropertyName("name")] string Name,
    [property: JsonPropertyName("category")] string Category,
    [property: JsonPropertyName("aliases")] IReadOnlyList<string>? Aliases,
    [property: JsonPropertyName("related")] IReadOnlyList<string>? Related = null,
    [property: JsonPropertyName("generic")] bool Generic = false);

[JsonSerializable(typeof(List<SkillEntry>))]
internal sealed partial class SkillLexiconJsonContext : JsonSerializerContext;
