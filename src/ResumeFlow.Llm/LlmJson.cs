using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeFlow.Llm;

/// <summary>Serializer settings the gateway uses to turn replies into values.</summary>
public static class LlmJson
{
    /// <summary>Web defaults (camelCase, case-insensitive) with enums as strings.</summary>
    public static JsonSerializerOptions SerializerOptions { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };
}
