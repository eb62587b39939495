using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using OpenAISimulator.Faults;
using OpenAISimulator.Logging;

namespace OpenAISimulator.Chat;

/// <summary>Turns a chat request into a deterministic completion (and its token usage), used by the HTTP route and by batches.</summary>
internal sealed class ChatEngine
{
    private readonly SimulatorOptions _options;
    private readonly PromptTokenCounter _tokens;
    private readonly ConcurrentDictionary<string, byte> _seenPrefixes = new(StringComparer.Ordinal);
    private long _ids;

    public ChatEngine(SimulatorOptions options, PromptTokenCounter tokens)
    {
        _options = options;
        _tokens = tokens;
    }

    public PromptTokenCounter Tokens => _tokens;

    /// <summary>Content seed: the same prompt always gives the same reply.</summary>
    public ulong ContentHash(ChatRequest request)
    {
        var bytes = SHA256.HashData(Encoding.UTF8.GetBytes(
            _options.Seed.ToString(CultureInfo.InvariantCulture) + "\u0001" + request.AllText() + "\u0001" + request.SchemaRaw));
        return BitConverter.ToUInt64(bytes, 0);
    }

    public static ulong Mix(ulong hash, int attempt) => new SplitMix64(hash ^ ((ulong)attempt * 0x9E3779B97F4A7C15UL)).Next();

    public int QuotaCost(ChatRequest request, int promptTokens) => promptTokens + (request.MaxTokens ?? _options.DefaultMaxTokens);

    public ChatReply Complete(ChatRequest request, int promptTokens, SimulatorFault fault)
    {
        var content = SchemaContentGenerator.Generate(request.SchemaRaw, request.EvidenceLines(), ContentHash(request));
        var finish = "stop";
        var outcome = "ok";
        if (fault == SimulatorFault.MalformedJson)
        {
            content = "Sure! Here is the JSON you asked for: " + content[..^1];
            outcome = "malformed_json";
        }
        else if (fault == SimulatorFault.Truncated)
        {
            content = content[..Math.Max(1, content.Length * 2 / 3)];
            finish = "length";
            outcome = "truncated";
        }

        var completionTokens = _tokens.Count(content);
        if (request.MaxTokens is { } max && completionTokens > max)
        {
            // A reply longer than max_tokens is cut where the provider would stop.
            var cut = Math.Max(1, content.Length * max / completionTokens);
            content = content[..cut];
            completionTokens = Math.Min(max, _tokens.Count(content));
            finish = "length";
            outcome = "truncated";
        }

        var cached = CachedTokens(request.Messages);
        var body = new JsonObject
        {
            ["id"] = "chatcmpl-sim" + Interlocked.Increment(ref _ids).ToString(CultureInfo.InvariantCulture),
            ["object"] = "chat.completion",
            ["created"] = DateTimeOffset.UtcNow.ToUnixTimeSeconds(),
            ["model"] = request.Deployment,
            ["system_fingerprint"] = "fp_simulator",
            ["choices"] = new JsonArray
            {
                new JsonObject
                {
                    ["index"] = 0,
                    ["message"] = new JsonObject { ["role"] = "assistant", ["content"] = content, ["refusal"] = null },
                    ["logprobs"] = null,
                    ["finish_reason"] = finish,
                },
            },
            ["usage"] = new JsonObject
            {
                ["prompt_tokens"] = promptTokens,
                ["completion_tokens"] = completionTokens,
                ["total_tokens"] = promptTokens + completionTokens,
                ["prompt_tokens_details"] = new JsonObject { ["cached_tokens"] = cached, ["audio_tokens"] = 0 },
                ["completion_tokens_details"] = new JsonObject { ["reasoning_tokens"] = 0, ["audio_tokens"] = 0, ["accepted_prediction_tokens"] = 0, ["rejected_prediction_tokens"] = 0 },
            },
        };
        return new ChatReply(body, outcome, promptTokens, cached, completionTokens);
    }

    /// <summary>Latency of a reply: time to first token from [min, max] plus generation at the configured rate (simulated time).</summary>
    public TimeSpan Latency(ulong hash, int completionTokens)
    {
        var u = (hash >> 11) * (1.0 / (1UL << 53));
        var ttft = _options.TimeToFirstTokenMin + ((_options.TimeToFirstTokenMax - _options.TimeToFirstTokenMin) * u);
        return ttft + TimeSpan.FromSeconds(completionTokens / Math.Max(1, _options.OutputTokensPerSecond));
    }

    public static JsonObject Error(string code, string message, string type = "invalid_request_error") => new()
    {
        ["error"] = new JsonObject { ["code"] = code, ["message"] = message, ["type"] = type, ["param"] = null },
    };

    // Providers cache prompt prefixes of 1024+ tokens in 128-token steps; the prefix here is every message but the last.
    private int CachedTokens(IReadOnlyList<SimulatedMessage> messages)
    {
        var prefixTokens = _tokens.CountPrefix(messages);
        if (prefixTokens < _options.PromptCacheMinTokens)
        {
            return 0;
        }

        var key = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join("\u0001", messages.Take(messages.Count - 1).Select(m => m.Role + ":" + m.Content)))));
        return _seenPrefixes.TryAdd(key, 0) ? 0 : prefixTokens / 128 * 128;
    }
}
