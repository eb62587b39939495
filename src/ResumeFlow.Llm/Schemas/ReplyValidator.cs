using System.Collections.Concurrent;
using System.Text.Json;
using Json.Schema;

namespace ResumeFlow.Llm.Schemas;

/// <summary>Checks a reply against its request's schema with JsonSchema.Net; each schema text is built once.</summary>
internal static class ReplyValidator
{
    private static readonly ConcurrentDictionary<string, JsonSchema> Built = new(StringComparer.Ordinal);
    private static readonly EvaluationOptions Evaluation = new() { OutputFormat = OutputFormat.List };

    /// <summary>Throws <see cref="ArgumentException"/> when <paramref name="schemaText"/> is not a usable schema.</summary>
    public static JsonSchema Build(string schemaText)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schemaText);
        return Built.GetOrAdd(schemaText, static text =>
        {
            try
            {
                // A private registry: schemas without $id must not collide in the library's global one.
                return JsonSchema.FromText(text, new BuildOptions { SchemaRegistry = new SchemaRegistry() });
            }
            catch (Exception ex) when (ex is JsonException or JsonSchemaException or InvalidOperationException)
            {
                throw new ArgumentException($"LlmRequest.JsonSchema is not a valid JSON schema: {ex.Message}", nameof(schemaText), ex);
            }
        });
    }

    /// <summary>The first violations as "location: message" text, or null when <paramref name="reply"/> conforms.</summary>
    public static string? Validate(JsonSchema schema, JsonElement reply)
    {
        var results = schema.Evaluate(reply, Evaluation);
        if (results.IsValid)
        {
            return null;
        }

        var problems = (results.Details ?? [])
            .Prepend(results)
            .Where(d => d.Errors is { Count: > 0 })
            .SelectMany(d => d.Errors!.Select(e => $"{(d.InstanceLocation.ToString() is { Length: > 0 } at ? at : "/")}: {e.Value}"))
            .Distinct(StringComparer.Ordinal)
            .Take(3)
            .ToList();
        return problems.Count > 0 ? string.Join("; ", problems) : "the reply does not conform to the schema";
    }
}
