using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace ResumeFlow.Storage.Documents;

/// <summary>
/// How documents are stored as JSON by every document store: System.Text.Json with web defaults
/// (camelCase, case-insensitive reads) and enums as strings. The stored JSON always carries
/// <c>"id"</c> and the container's partition key property (e.g. <c>"screeningId"</c>), added when
/// the document type lacks them, because Cosmos DB requires both.
/// </summary>
public static class DocumentJson
{
    public static JsonSerializerOptions SerializerOptions { get; } = CreateOptions();

    internal static byte[] Serialize<T>(string container, string partitionKey, string id, T document)
    {
        ArgumentNullException.ThrowIfNull(document);
        ValidateKeys(partitionKey, id);
        var node = JsonSerializer.SerializeToNode(document, SerializerOptions) as JsonObject
            ?? throw new ArgumentException($"document_not_object: a document must serialize to a JSON object, not {typeof(T).Name}.", nameof(document));

        SetKey(node, "id", id);
        SetKey(node, PartitionKeyProperty(container), partitionKey);
        return JsonSerializer.SerializeToUtf8Bytes(node, SerializerOptions);
    }

    internal static T Deserialize<T>(ReadOnlySpan<byte> json) =>
        JsonSerializer.Deserialize<T>(json, SerializerOptions)
        ?? throw new JsonException($"document_null: the stored document is JSON null, not a {typeof(T).Name}.");

    internal static T Deserialize<T>(JsonElement element) =>
        element.Deserialize<T>(SerializerOptions)
        ?? throw new JsonException($"document_null: the stored document is JSON null, not a {typeof(T).Name}.");

    /// <summary>The top-level JSON property holding the partition key (<c>/screeningId</c> → <c>screeningId</c>).</summary>
    internal static string PartitionKeyProperty(string container) => DocumentContainers.PartitionKeyPath(container)[1..];

    internal static void ValidateContainer(string container)
    {
        ArgumentNullException.ThrowIfNull(container);
        if (!DocumentContainers.All.Contains(container, StringComparer.Ordinal))
        {
            throw new ArgumentException(
                $"document_container_unknown: '{container}' is not one of {string.Join(", ", DocumentContainers.All)}.",
                nameof(container));
        }
    }

    internal static void ValidateKeys(string partitionKey, string id)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        ArgumentNullException.ThrowIfNull(id);
        if (partitionKey.Length == 0)
        {
            throw new ArgumentException("document_partition_key_invalid: the partition key must not be empty.", nameof(partitionKey));
        }

        // Cosmos DB rejects these characters in ids; the embedded store keeps the same rule.
        if (id.Length is 0 or > 255 || id.AsSpan().IndexOfAny("/\\?#") >= 0 || id.Any(char.IsControl))
        {
            throw new ArgumentException($"document_id_invalid: '{id}' is not a valid document id (1-255 characters, none of / \\ ? #).", nameof(id));
        }
    }

    private static void SetKey(JsonObject node, string property, string value)
    {
        if (node.TryGetPropertyValue(property, out var existing) && existing is not null)
        {
            if (existing.GetValueKind() != JsonValueKind.String || existing.GetValue<string>() != value)
            {
                throw new ArgumentException(
                    $"document_key_mismatch: the document's '{property}' is {existing.ToJsonString()} but the store was given '{value}'.",
                    "document");
            }

            return;
        }

        node[property] = value;
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }
}
