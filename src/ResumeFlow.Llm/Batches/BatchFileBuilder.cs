using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm.Pacing;
using ResumeFlow.Llm.Prompts;
using ResumeFlow.Llm.Redaction;

namespace ResumeFlow.Llm.Batches;

/// <inheritdoc />
internal sealed class BatchFileBuilder : IBatchFileBuilder
{
    /// <summary>Appended where a CV was cut, so the model (and a reader of the file) knows the text is incomplete.</summary>
    internal const string TruncationNote = "\n[The document was truncated here to fit the model's context window.]";

    // The estimator can be a few tokens off the provider's count; keep a margin below the context.
    private const int ContextMargin = 64;

    private readonly LlmOptions _llm;
    private readonly BatchOptions _options;
    private readonly TokenEstimator _tokens;
    private readonly IPiiRedactor _redactor;
    private readonly BatchProviderLimits _limits;

    public BatchFileBuilder(IOptions<LlmOptions> llm, IOptions<BatchOptions> options, TokenEstimator tokens, IPiiRedactor redactor)
    {
        _llm = llm.Value;
        _options = options.Value;
        _tokens = tokens;
        _redactor = redactor;
        _limits = BatchProviderLimits.For(_llm.Provider, _options);
    }

    public string Model => _options.Deployment ?? _llm.Deployment;

    private string Url => _llm.Provider == LlmProvider.AzureOpenAI ? "/chat/completions" : "/v1/chat/completions";

    public IReadOnlyList<BatchFilePart> Build(IEnumerable<LlmRequest> requests)
    {
        ArgumentNullException.ThrowIfNull(requests);
        var parts = new List<BatchFilePart>();
        var buffer = new MemoryStream();
        var ids = new List<string>();
        foreach (var request in requests)
        {
            var line = Encoding.UTF8.GetBytes(BuildLine(request) + "\n");
            if (line.Length > _limits.MaxBytesPerFile)
            {
                throw new InvalidOperationException($"{BatchErrorCodes.LineTooLarge}: the line of '{request.ItemKey}' has {line.Length} bytes; a file may hold {_limits.MaxBytesPerFile}.");
            }

            if (ids.Count == _limits.MaxRequestsPerFile || buffer.Length + line.Length > _limits.MaxBytesPerFile)
            {
                Flush();
            }

            buffer.Write(line);
            ids.Add(request.ItemKey);
        }

        if (ids.Count > 0)
        {
            Flush();
        }

        return parts;

        void Flush()
        {
            parts.Add(new BatchFilePart(parts.Count, buffer.ToArray(), ids.ToArray()));
            buffer = new MemoryStream();
            ids.Clear();
        }
    }

    internal string BuildLine(LlmRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var untrusted = request.UntrustedContent is { } content && _llm.RedactPii ? _redactor.Redact(content) : request.UntrustedContent;
        var messages = Fit(request, untrusted);
        var body = new JsonObject
        {
            ["model"] = request.Model ?? Model,
            ["messages"] = new JsonArray(messages.Select(m => (JsonNode)new JsonObject
            {
                ["role"] = m.Role == PromptRole.System ? "system" : "user",
                ["content"] = m.Content,
            }).ToArray()),
            ["max_tokens"] = request.MaxOutputTokens,
            ["response_format"] = new JsonObject
            {
                ["type"] = "json_schema",
                ["json_schema"] = new JsonObject
                {
                    ["name"] = request.SchemaName,
                    ["strict"] = true,
                    ["schema"] = JsonNode.Parse(request.JsonSchema),
                },
            },
        };
        if (request.Temperature is { } temperature)
        {
            body["temperature"] = temperature;
        }

        return new JsonObject
        {
            ["custom_id"] = request.ItemKey,
            ["method"] = "POST",
            ["url"] = Url,
            ["body"] = body,
        }.ToJsonString();
    }

    /// <summary>The prompt, with the untrusted content cut (never the instructions) until prompt + output fit the context.</summary>
    private IReadOnlyList<PromptMessage> Fit(LlmRequest request, string? untrusted)
    {
        var budget = _options.ContextTokens - request.MaxOutputTokens - ContextMargin;
        var messages = PromptLayout.Build(request.Instructions, request.SharedContext, untrusted);
        var tokens = _tokens.CountPrompt(messages, request.JsonSchema);
        if (tokens <= budget || string.IsNullOrEmpty(untrusted))
        {
            return messages;
        }

        var fixedTokens = _tokens.CountPrompt(PromptLayout.Build(request.Instructions, request.SharedContext, TruncationNote), request.JsonSchema);
        if (fixedTokens >= budget)
        {
            throw new InvalidOperationException($"{BatchErrorCodes.LineTooLarge}: the instructions of '{request.ItemKey}' alone need {fixedTokens} tokens; the model's context leaves {budget}.");
        }

        // Cut proportionally, then shrink until the estimate fits: a few passes at most.
        var text = untrusted;
        while (tokens > budget && text.Length > 0)
        {
            var keep = (int)(text.Length * (double)(budget - fixedTokens) / Math.Max(1, tokens - fixedTokens) * 0.98);
            text = text[..Math.Clamp(keep, 0, text.Length - 1)];
            messages = PromptLayout.Build(request.Instructions, request.SharedContext, text + TruncationNote);
            tokens = _tokens.CountPrompt(messages, request.JsonSchema);
        }

        return messages;
    }
}
