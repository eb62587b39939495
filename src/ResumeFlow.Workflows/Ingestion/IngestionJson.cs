using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>How profile JSON is written to cv-profiles: web defaults (camelCase), enums as names, nulls left out.</summary>
public static class IngestionJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        Converters = { new JsonStringEnumConverter() },
    };
}
