using System.Collections.Concurrent;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Schema;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace ResumeFlow.Llm.Schemas;

/// <summary>
/// The JSON schema of a structured reply, exported from its C# record by <see cref="JsonSchemaExporter"/> and made
/// strict-mode compatible (OpenAI structured outputs): every object lists all its properties as required and
/// allows no others, the root is a non-null object, and <c>[Range]</c>, <c>[MaxLength]</c> and <c>[Description]</c>
/// become <c>minimum</c>/<c>maximum</c>, <c>maxItems</c> and <c>description</c>. Cached per type.
/// </summary>
public static class LlmSchema
{
    private static readonly ConcurrentDictionary<Type, string> Schemas = new();

    // The gateway's reply options, but numbers strictly numbers: web defaults would export "number or numeric string".
    private static readonly JsonSerializerOptions ExportOptions = new(LlmJson.SerializerOptions)
    {
        NumberHandling = JsonNumberHandling.Strict,
        TypeInfoResolver = new DefaultJsonTypeInfoResolver(),
    };

    private static readonly JsonSchemaExporterOptions Exporter = new()
    {
        TreatNullObliviousAsNonNullable = true,
        TransformSchemaNode = Transform,
    };

    /// <summary>The strict schema of <typeparamref name="T"/> as JSON text.</summary>
    public static string For<T>() => For(typeof(T));

    public static string For(Type type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return Schemas.GetOrAdd(type, static t =>
        {
            var node = ExportOptions.GetJsonSchemaAsNode(t, Exporter);
            if (node is JsonObject root)
            {
                root["type"] = "object";
            }

            return node.ToJsonString();
        });
    }

    private static JsonNode Transform(JsonSchemaExporterContext context, JsonNode schema)
    {
        if (schema is not JsonObject node)
        {
            return schema;
        }

        // Strict mode rejects "default"; optional constructor parameters still have to be answered.
        node.Remove("default");
        if (node["properties"] is JsonObject properties)
        {
            node["required"] = new JsonArray(properties.Select(p => (JsonNode)JsonValue.Create(p.Key)).ToArray());
            node["additionalProperties"] = false;
        }

        if (context.PropertyInfo?.AttributeProvider is { } attributes)
        {
            foreach (var attribute in attributes.GetCustomAttributes(inherit: true))
            {
                switch (attribute)
                {
                    case RangeAttribute range:
                        node["minimum"] = JsonValue.Create(Convert.ToDouble(range.Minimum, System.Globalization.CultureInfo.InvariantCulture));
                        node["maximum"] = JsonValue.Create(Convert.ToDouble(range.Maximum, System.Globalization.CultureInfo.InvariantCulture));
                        break;
                    case MaxLengthAttribute max:
                        node["maxItems"] = max.Length;
                        break;
                    case DescriptionAttribute description:
                        node["description"] = description.Description;
                        break;
                }
            }
        }

        return node;
    }
}
