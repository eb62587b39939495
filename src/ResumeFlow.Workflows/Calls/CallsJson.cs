using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeFlow.Workflows.Calls;

/// <summary>How a run's stored documents and report.json are written: web defaults, enums as camelCase names.</summary>
public static class CallsJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
        WriteIndented = true,
    };
}
