using System.Text.Json;
using OpenAISimulator.Logging;

namespace OpenAISimulator.Chat;

/// <summary>The parts of a chat completions body the simulator uses.</summary>
internal sealed record ChatRequest(
    string Deployment,
    IReadOnlyList<SimulatedMessage> Messages,
    string? SchemaName,
    string? SchemaRaw,
    int? MaxTokens,
    string? User,
    bool Stream)
{
    public const string UntrustedBegin = "<<<UNTRUSTED_DOCUMENT_BEGIN>>>";
    public const string UntrustedEnd = "<<<UNTRUSTED_DOCUMENT_END>>>";

    /// <summary>Parses a body; returns null with a reason when it is not a valid chat request.</summary>
    public static ChatRequest? Parse(JsonElement body, string? deployment, out string? error)
    {
        error = null;
        if (body.ValueKind != JsonValueKind.Object || !body.TryGetProperty("messages", out var messages) || messages.ValueKind != JsonValueKind.Array)
        {
            error = "'messages' is required and must be an array.";
            return null;
        }

        var list = new List<SimulatedMessage>();
        foreach (var message in messages.EnumerateArray())
        {
            var role = message.TryGetProperty("role", out var r) ? r.GetString() ?? "user" : "user";
            list.Add(new SimulatedMessage(role, ContentText(message)));
        }

        string? schemaName = null, schemaRaw = null;
        if (body.TryGetProperty("response_format", out var format) && format.ValueKind == JsonValueKind.Object
            && format.TryGetProperty("type", out var type) && type.GetString() == "json_schema"
            && format.TryGetProperty("json_schema", out var jsonSchema) && jsonSchema.ValueKind == JsonValueKind.Object)
        {
            schemaName = jsonSchema.TryGetProperty("name", out var n) ? n.GetString() : null;
            schemaRaw = jsonSchema.TryGetProperty("schema", out var s) ? s.GetRawText() : null;
        }

        int? maxTokens = null;
        foreach (var name in new[] { "max_completion_tokens", "max_tokens" })
        {
            if (body.TryGetProperty(name, out var m) && m.ValueKind == JsonValueKind.Number)
            {
                maxTokens = m.GetInt32();
                break;
            }
        }

        var model = deployment ?? (body.TryGetProperty("model", out var mo) ? mo.GetString() : null) ?? "unknown";
        var user = body.TryGetProperty("user", out var u) ? u.GetString() : null;
        var stream = body.TryGetProperty("stream", out var st) && st.ValueKind == JsonValueKind.True;
        return new ChatRequest(model, list, schemaName, schemaRaw, maxTokens, user, stream);
    }

    /// <summary>All message text, for markers and hashing.</summary>
    public string AllText() => string.Join("\n", Messages.Select(m => m.Role + ":" + m.Content));

    /// <summary>Lines of the untrusted block of the last user message that has one (or of the last user message).</summary>
    public IReadOnlyList<string> EvidenceLines()
    {
        var source = Messages.LastOrDefault(m => m.Content.Contains(UntrustedBegin, StringComparison.Ordinal))?.Content
            ?? Messages.LastOrDefault(m => m.Role == "user")?.Content
            ?? "";
        var begin = source.IndexOf(UntrustedBegin, StringComparison.Ordinal);
        if (begin >= 0)
        {
            source = source[(begin + UntrustedBegin.Length)..];
            var end = source.IndexOf(UntrustedEnd, StringComparison.Ordinal);
            if (end >= 0)
            {
                source = source[..end];
            }
        }

        var lines = source.Split('\n', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var longer = lines.Where(l => l.Length >= 12).ToArray();
        return longer.Length > 0 ? longer : lines;
    }

    private static string ContentText(JsonElement message)
    {
        if (!message.TryGetProperty("content", out var content))
        {
            return "";
        }

        return content.ValueKind switch
        {
            JsonValueKind.String => content.GetString() ?? "",
            JsonValueKind.Array => string.Concat(content.EnumerateArray()
                .Where(p => p.TryGetProperty("text", out _))
                .Select(p => p.GetProperty("text").GetString())),
            _ => "",
        };
    }
}
