using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace OpenAISimulator.Chat;

/// <summary>
/// Builds a reply that conforms to the requested JSON schema, deterministically from a seed derived from the
/// prompt: score-like numbers in their range, quote/evidence strings copied from a line of the untrusted
/// document, enums from their values, arrays of 1–3 items, every declared property present.
/// </summary>
internal sealed class SchemaContentGenerator
{
    private static readonly string[] Words =
        ["consistent", "relevant", "solid", "limited", "strong", "partial", "clear", "recent", "broad", "focused"];

    private readonly JsonElement _root;
    private readonly IReadOnlyList<string> _lines;
    private readonly SplitMix64 _random;

    private SchemaContentGenerator(JsonElement root, IReadOnlyList<string> lines, ulong seed)
    {
        _root = root;
        _lines = lines;
        _random = new SplitMix64(seed);
    }

    public static string Generate(string? schemaRaw, IReadOnlyList<string> evidenceLines, ulong seed)
    {
        if (schemaRaw is null)
        {
            // json_object or text requests: a small fixed-shape object.
            var random = new SplitMix64(seed);
            return new JsonObject { ["score"] = random.Between(0, 100), ["summary"] = "Simulated reply." }.ToJsonString();
        }

        using var document = JsonDocument.Parse(schemaRaw);
        var generator = new SchemaContentGenerator(document.RootElement, evidenceLines, seed);
        var node = generator.Value(document.RootElement, "root", 0);
        return node?.ToJsonString() ?? "null";
    }

    private JsonNode? Value(JsonElement schema, string name, int depth)
    {
        if (depth > 32 || schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("$ref", out var reference) && Resolve(reference.GetString()) is { } target)
        {
            return Value(target, name, depth + 1);
        }

        if (schema.TryGetProperty("const", out var constant))
        {
            return JsonNode.Parse(constant.GetRawText());
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array && values.GetArrayLength() > 0)
        {
            var options = values.EnumerateArray().ToArray();
            return JsonNode.Parse(options[_random.Between(0, options.Length - 1)].GetRawText());
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && anyOf.ValueKind == JsonValueKind.Array)
        {
            var option = anyOf.EnumerateArray().FirstOrDefault(o => !IsNullOnly(o));
            return option.ValueKind == JsonValueKind.Object ? Value(option, name, depth + 1) : null;
        }

        return TypeOf(schema) switch
        {
            "object" => Object(schema, depth),
            "array" => Array(schema, name, depth),
            "integer" => Integer(schema, name),
            "number" => Number(schema, name),
            "boolean" => (_random.Next() & 1) == 1,
            "null" => null,
            _ => Text(schema, name),
        };
    }

    private JsonObject Object(JsonElement schema, int depth)
    {
        var result = new JsonObject();
        if (schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in properties.EnumerateObject())
            {
                result[property.Name] = Value(property.Value, property.Name, depth + 1);
            }
        }

        return result;
    }

    private JsonArray Array(JsonElement schema, string name, int depth)
    {
        var min = schema.TryGetProperty("minItems", out var mi) && mi.TryGetInt32(out var a) ? a : 1;
        var max = schema.TryGetProperty("maxItems", out var ma) && ma.TryGetInt32(out var b) ? b : 3;
        var count = (int)_random.Between(Math.Max(min, Math.Min(1, max)), Math.Max(min, Math.Min(3, max)));
        var result = new JsonArray();
        if (schema.TryGetProperty("items", out var items))
        {
            for (var i = 0; i < count; i++)
            {
                result.Add(Value(items, Singular(name), depth + 1));
            }
        }

        return result;
    }

    private JsonNode Integer(JsonElement schema, string name)
    {
        var (min, max) = Range(schema, name);
        return JsonValue.Create(_random.Between((long)Math.Ceiling(min), (long)Math.Floor(max)));
    }

    private JsonNode Number(JsonElement schema, string name)
    {
        var (min, max) = Range(schema, name);
        var value = min + (_random.NextDouble() * (max - min));
        return JsonValue.Create(Math.Round(value, max - min <= 1 ? 2 : 1));
    }

    private JsonNode Text(JsonElement schema, string name)
    {
        var lower = name.ToLowerInvariant();
        string text;
        if ((lower.Contains("quote", StringComparison.Ordinal) || lower.Contains("evidence", StringComparison.Ordinal)
            || lower.Contains("excerpt", StringComparison.Ordinal) || lower.Contains("citation", StringComparison.Ordinal)) && _lines.Count > 0)
        {
            text = _lines[(int)_random.Between(0, _lines.Count - 1)];
        }
        else if (lower.Contains("skill", StringComparison.Ordinal) && _lines.Count > 0)
        {
            var words = _lines[(int)_random.Between(0, _lines.Count - 1)]
                .Split([' ', ',', ';', ':', '(', ')', '/'], StringSplitOptions.RemoveEmptyEntries)
                .Where(w => w.Length >= 2 && char.IsLetter(w[0]))
                .ToArray();
            text = words.Length > 0 ? words[_random.Between(0, words.Length - 1)] : "communication";
        }
        else if (schema.TryGetProperty("format", out var format) && format.GetString() == "date")
        {
            text = new DateOnly(2015, 1, 1).AddDays((int)_random.Between(0, 3650)).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }
        else
        {
            text = $"Simulated {name}: {Words[_random.Between(0, Words.Length - 1)]} {Words[_random.Between(0, Words.Length - 1)]} evidence ({_random.Next() % 10000:D4}).";
        }

        if (schema.TryGetProperty("maxLength", out var maxLength) && maxLength.TryGetInt32(out var limit) && text.Length > limit)
        {
            text = text[..limit];
        }

        return JsonValue.Create(text);
    }

    private static (double Min, double Max) Range(JsonElement schema, string name)
    {
        var lower = name.ToLowerInvariant();
        (double min, double max) = lower switch
        {
            _ when lower.Contains("score", StringComparison.Ordinal) || lower.Contains("rating", StringComparison.Ordinal)
                || lower.Contains("percent", StringComparison.Ordinal) || lower.Contains("match", StringComparison.Ordinal) => (0, 100),
            _ when lower.Contains("confidence", StringComparison.Ordinal) || lower.Contains("probability", StringComparison.Ordinal)
                || lower.Contains("weight", StringComparison.Ordinal) => (0, 1),
            _ when lower.Contains("year", StringComparison.Ordinal) => (0, 15),
            _ => (0, 10),
        };
        if (schema.TryGetProperty("minimum", out var lo) && lo.ValueKind == JsonValueKind.Number)
        {
            min = lo.GetDouble();
            max = Math.Max(max, min);
        }

        if (schema.TryGetProperty("maximum", out var hi) && hi.ValueKind == JsonValueKind.Number)
        {
            max = hi.GetDouble();
            min = Math.Min(min, max);
        }

        return (min, max);
    }

    private static string TypeOf(JsonElement schema)
    {
        if (!schema.TryGetProperty("type", out var type))
        {
            return schema.TryGetProperty("properties", out _) ? "object" : "string";
        }

        return type.ValueKind == JsonValueKind.Array
            ? type.EnumerateArray().Select(t => t.GetString()).FirstOrDefault(t => t != "null") ?? "null"
            : type.GetString() ?? "string";
    }

    private static bool IsNullOnly(JsonElement schema) =>
        schema.ValueKind == JsonValueKind.Object && schema.TryGetProperty("type", out var t) && t.ValueKind == JsonValueKind.String && t.GetString() == "null";

    private static string Singular(string name) => name.EndsWith('s') && name.Length > 1 ? name[..^1] : name;

    private JsonElement? Resolve(string? reference)
    {
        if (reference is null || !reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        var current = _root;
        foreach (var segment in reference[2..].Split('/'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment, out current))
            {
                return null;
            }
        }

        return current;
    }
}
