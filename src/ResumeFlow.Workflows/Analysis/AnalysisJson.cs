using System.Text.Json;
using System.Text.Json.Serialization;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>How analysis details and reports are written (camelCase, enums as strings, indented).</summary>
public static class AnalysisJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter() },
    };
}
