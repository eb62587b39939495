using System.Text.Json;
using ResumeFlow.Llm.Validation;

namespace ResumeFlow.Llm.Batches;

/// <summary>Checks a batch reply against the schema its line asked for, as the chat path does for every reply.</summary>
public static class BatchLineValidator
{
    /// <summary>Null when <paramref name="content"/> is JSON that conforms to <paramref name="jsonSchema"/>; otherwise why not.</summary>
    public static string? Validate(string jsonSchema, string content)
    {
        ArgumentNullException.ThrowIfNull(jsonSchema);
        ArgumentNullException.ThrowIfNull(content);
        using var schema = JsonDocument.Parse(jsonSchema);
        try
        {
            using var value = JsonDocument.Parse(content);
            return JsonSchemaValidator.Validate(schema.RootElement, value.RootElement);
        }
        catch (JsonException ex)
        {
            return "not JSON: " + ex.Message;
        }
    }
}
