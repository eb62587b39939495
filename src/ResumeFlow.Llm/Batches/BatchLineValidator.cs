using System.Text.Json;
using ResumeFlow.Llm.Schemas;

namespace ResumeFlow.Llm.Batches;

/// <summary>Checks a batch reply against the schema its line asked for, as the chat path does for every reply.</summary>
public static class BatchLineValidator
{
    /// <summary>Null when <paramref name="content"/> is JSON that conforms to <paramref name="jsonSchema"/>; otherwise why not.</summary>
    public static string? Validate(string jsonSchema, string content)
    {
        ArgumentNullException.ThrowIfNull(jsonSchema);
        ArgumentNullException.ThrowIfNull(content);
        var schema = ReplyValidator.Build(jsonSchema);
        try
        {
            using var value = JsonDocument.Parse(content);
            return ReplyValidator.Validate(schema, value.RootElement);
        }
        catch (JsonException ex)
        {
            return "not JSON: " + ex.Message;
        }
    }
}
