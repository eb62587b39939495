using System.Text.Json;

namespace ResumeFlow.Llm.Batches;

/// <summary>Reads the Batch API's output and error JSONL files.</summary>
public static class BatchOutputParser
{
    public static IReadOnlyList<BatchOutputLine> Parse(string jsonl)
    {
        ArgumentNullException.ThrowIfNull(jsonl);
        var lines = new List<BatchOutputLine>();
        foreach (var text in jsonl.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (ParseLine(text) is { } line)
            {
                lines.Add(line);
            }
        }

        return lines;
    }

    private static BatchOutputLine? ParseLine(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            var root = document.RootElement;
            var customId = root.TryGetProperty("custom_id", out var c) ? c.GetString() : null;
            if (string.IsNullOrEmpty(customId))
            {
                // A line we cannot tie to a request cannot be resubmitted either; the missing id shows up as lost.
                return null;
            }

            if (root.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                var code = error.TryGetProperty("code", out var ec) ? ec.GetString() : null;
                return new BatchOutputLine(customId, null, LlmUsage.Zero, Normalise(code));
            }

            if (!root.TryGetProperty("response", out var response) || response.ValueKind != JsonValueKind.Object
                || !response.TryGetProperty("body", out var body) || body.ValueKind != JsonValueKind.Object)
            {
                return new BatchOutputLine(customId, null, LlmUsage.Zero, BatchErrorCodes.InvalidLine);
            }

            var status = response.TryGetProperty("status_code", out var sc) && sc.ValueKind == JsonValueKind.Number ? sc.GetInt32() : 200;
            var usage = Usage(body);
            if (status != 200)
            {
                var code = body.TryGetProperty("error", out var be) && be.ValueKind == JsonValueKind.Object && be.TryGetProperty("code", out var bc) ? bc.GetString() : null;
                return new BatchOutputLine(customId, null, usage, Normalise(code) ?? $"http_{status}");
            }

            if (!body.TryGetProperty("choices", out var choices) || choices.ValueKind != JsonValueKind.Array || choices.GetArrayLength() == 0)
            {
                return new BatchOutputLine(customId, null, usage, BatchErrorCodes.InvalidLine);
            }

            var choice = choices[0];
            var finish = choice.TryGetProperty("finish_reason", out var f) ? f.GetString() : null;
            var content = choice.TryGetProperty("message", out var m) && m.TryGetProperty("content", out var mc) ? mc.GetString() : null;
            return finish == "length"
                ? new BatchOutputLine(customId, null, usage, LlmErrorCodes.Truncated, finish)
                : new BatchOutputLine(customId, content, usage, content is null ? BatchErrorCodes.InvalidLine : null, finish);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static string? Normalise(string? code) => code is "batch_expired" ? BatchErrorCodes.Expired : code;

    private static LlmUsage Usage(JsonElement body)
    {
        if (!body.TryGetProperty("usage", out var usage) || usage.ValueKind != JsonValueKind.Object)
        {
            return LlmUsage.Zero;
        }

        long Get(JsonElement e, string name) => e.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number ? v.GetInt64() : 0;
        var cached = usage.TryGetProperty("prompt_tokens_details", out var d) && d.ValueKind == JsonValueKind.Object ? Get(d, "cached_tokens") : 0;
        return new LlmUsage(Get(usage, "prompt_tokens"), cached, Get(usage, "completion_tokens"));
    }
}
