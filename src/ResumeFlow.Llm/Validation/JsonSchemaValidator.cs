using System.Text.Json;

namespace ResumeFlow.Llm.Validation;

/// <summary>
/// Checks a reply against the subset of JSON Schema that structured outputs support: type (incl. unions),
/// properties, required, additionalProperties, items, enum, const, anyOf, $ref into $defs/definitions,
/// minimum/maximum, minItems/maxItems, minLength/maxLength. Returns the first violation as a path and reason.
/// </summary>
internal static class JsonSchemaValidator
{
    public static string? Validate(JsonElement schemaRoot, JsonElement value) => Check(schemaRoot, schemaRoot, value, "$", depth: 0);

    private static string? Check(JsonElement root, JsonElement schema, JsonElement value, string path, int depth)
    {
        if (depth > 64 || schema.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (schema.TryGetProperty("$ref", out var reference) && reference.GetString() is { } refPath)
        {
            return Resolve(root, refPath) is { } target ? Check(root, target, value, path, depth + 1) : null;
        }

        if (schema.TryGetProperty("anyOf", out var anyOf) && anyOf.ValueKind == JsonValueKind.Array)
        {
            string? first = null;
            foreach (var option in anyOf.EnumerateArray())
            {
                var error = Check(root, option, value, path, depth + 1);
                if (error is null)
                {
                    return null;
                }

                first ??= error;
            }

            return first;
        }

        if (schema.TryGetProperty("type", out var type) && !TypeMatches(type, value))
        {
            return $"{path}: expected {type.GetRawText()} but got {value.ValueKind}";
        }

        if (schema.TryGetProperty("enum", out var values) && values.ValueKind == JsonValueKind.Array
            && !values.EnumerateArray().Any(v => JsonElement.DeepEquals(v, value)))
        {
            return $"{path}: value {Short(value)} is not one of {values.GetRawText()}";
        }

        if (schema.TryGetProperty("const", out var constant) && !JsonElement.DeepEquals(constant, value))
        {
            return $"{path}: value must be {constant.GetRawText()}";
        }

        return value.ValueKind switch
        {
            JsonValueKind.Object => CheckObject(root, schema, value, path, depth),
            JsonValueKind.Array => CheckArray(root, schema, value, path, depth),
            JsonValueKind.Number => CheckNumber(schema, value, path),
            JsonValueKind.String => CheckString(schema, value, path),
            _ => null,
        };
    }

    private static string? CheckObject(JsonElement root, JsonElement schema, JsonElement value, string path, int depth)
    {
        var hasProperties = schema.TryGetProperty("properties", out var properties) && properties.ValueKind == JsonValueKind.Object;
        if (schema.TryGetProperty("required", out var required) && required.ValueKind == JsonValueKind.Array)
        {
            foreach (var name in required.EnumerateArray().Select(r => r.GetString()).OfType<string>())
            {
                if (!value.TryGetProperty(name, out _))
                {
                    return $"{path}: missing required property '{name}'";
                }
            }
        }

        var closed = schema.TryGetProperty("additionalProperties", out var additional) && additional.ValueKind == JsonValueKind.False;
        foreach (var property in value.EnumerateObject())
        {
            if (hasProperties && properties.TryGetProperty(property.Name, out var propertySchema))
            {
                var error = Check(root, propertySchema, property.Value, $"{path}.{property.Name}", depth + 1);
                if (error is not null)
                {
                    return error;
                }
            }
            else if (closed)
            {
                return $"{path}: unexpected property '{property.Name}'";
            }
        }

        return null;
    }

    private static string? CheckArray(JsonElement root, JsonElement schema, JsonElement value, string path, int depth)
    {
        var count = value.GetArrayLength();
        if (schema.TryGetProperty("minItems", out var min) && min.TryGetInt32(out var minItems) && count < minItems)
        {
            return $"{path}: expected at least {minItems} items, got {count}";
        }

        if (schema.TryGetProperty("maxItems", out var max) && max.TryGetInt32(out var maxItems) && count > maxItems)
        {
            return $"{path}: expected at most {maxItems} items, got {count}";
        }

        if (schema.TryGetProperty("items", out var items))
        {
            var index = 0;
            foreach (var item in value.EnumerateArray())
            {
                var error = Check(root, items, item, $"{path}[{index++}]", depth + 1);
                if (error is not null)
                {
                    return error;
                }
            }
        }

        return null;
    }

    private static string? CheckNumber(JsonElement schema, JsonElement value, string path)
    {
        var number = value.GetDouble();
        if (schema.TryGetProperty("minimum", out var min) && min.ValueKind == JsonValueKind.Number && number < min.GetDouble())
        {
            return $"{path}: {Short(value)} is below the minimum {min.GetRawText()}";
        }

        if (schema.TryGetProperty("maximum", out var max) && max.ValueKind == JsonValueKind.Number && number > max.GetDouble())
        {
            return $"{path}: {Short(value)} is above the maximum {max.GetRawText()}";
        }

        return null;
    }

    private static string? CheckString(JsonElement schema, JsonElement value, string path)
    {
        var length = value.GetString()!.Length;
        if (schema.TryGetProperty("minLength", out var min) && min.TryGetInt32(out var minLength) && length < minLength)
        {
            return $"{path}: string shorter than {minLength}";
        }

        if (schema.TryGetProperty("maxLength", out var max) && max.TryGetInt32(out var maxLength) && length > maxLength)
        {
            return $"{path}: string longer than {maxLength}";
        }

        return null;
    }

    private static bool TypeMatches(JsonElement type, JsonElement value) => type.ValueKind switch
    {
        JsonValueKind.String => IsType(type.GetString()!, value),
        JsonValueKind.Array => type.EnumerateArray().Any(t => t.ValueKind == JsonValueKind.String && IsType(t.GetString()!, value)),
        _ => true,
    };

    private static bool IsType(string type, JsonElement value) => type switch
    {
        "object" => value.ValueKind == JsonValueKind.Object,
        "array" => value.ValueKind == JsonValueKind.Array,
        "string" => value.ValueKind == JsonValueKind.String,
        "boolean" => value.ValueKind is JsonValueKind.True or JsonValueKind.False,
        "null" => value.ValueKind == JsonValueKind.Null,
        "number" => value.ValueKind == JsonValueKind.Number,
        "integer" => value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var d) && decimal.Truncate(d) == d,
        _ => true,
    };

    private static JsonElement? Resolve(JsonElement root, string reference)
    {
        if (!reference.StartsWith("#/", StringComparison.Ordinal))
        {
            return null;
        }

        var current = root;
        foreach (var segment in reference[2..].Split('/'))
        {
            if (current.ValueKind != JsonValueKind.Object || !current.TryGetProperty(segment.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal), out current))
            {
                return null;
            }
        }

        return current;
    }

    private static string Short(JsonElement value)
    {
        var text = value.GetRawText();
        return text.Length <= 60 ? text : text[..57] + "...";
    }
}
