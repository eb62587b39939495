using System.ClientModel;
using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using OpenAI.Chat;
using Polly;
using Polly.Retry;
using ResumeFlow.Llm.Caching;
using ResumeFlow.Llm.Deployments;
using ResumeFlow.Llm.Metering;
using ResumeFlow.Llm.Pacing;
using ResumeFlow.Llm.Prompts;
using ResumeFlow.Llm.Redaction;
using ResumeFlow.Llm.Schemas;

namespace ResumeFlow.Llm.Gateway;

/// <summary>
/// The one code path for both providers: cache → redact → lay out the prompt → pace → send (SDK retries
/// off) → retry transient failures with jittered backoff, 429s by pausing the deployment → validate the
/// JSON against the schema, one repair round → meter → cache.
/// </summary>
internal sealed class LlmGateway : ILlmGateway
{
    private const string RepairPrompt =
        "Your previous reply was rejected: {0}. Reply again with only a JSON value that conforms exactly to the required schema.";

    private readonly LlmOptions _options;
    private readonly ChatClientFactory _clients;
    private readonly CostMeter _meter;
    private readonly ILlmResultCache _cache;
    private readonly IPiiRedactor _redactor;
    private readonly TokenEstimator _tokens;
    private readonly TimeProvider _time;
    private readonly ILogger<LlmGateway> _logger;
    private readonly DeploymentRouter _router;
    private readonly ResiliencePipeline<AttemptOutcome> _retry;

    public LlmGateway(
        IOptions<LlmOptions> options,
        ChatClientFactory clients,
        DeploymentRouter router,
        CostMeter meter,
        ILlmResultCache cache,
        IPiiRedactor redactor,
        TokenEstimator tokens,
        TimeProvider time,
        ILogger<LlmGateway> logger)
    {
        _options = options.Value;
        _clients = clients;
        _router = router;
        _meter = meter;
        _cache = cache;
        _redactor = redactor;
        _tokens = tokens;
        _time = time;
        _logger = logger;
        _retry = BuildRetry();
    }

    public async Task<LlmResult<T>> CompleteJsonAsync<T>(LlmRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.ItemKey);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.SchemaName);
        ArgumentOutOfRangeException.ThrowIfLessThan(request.MaxOutputTokens, 1);
        var schema = ReplyValidator.Build(request.JsonSchema);

        var model = _router.Requested(request);
        if (!_options.IsConfigured)
        {
            return LlmResult<T>.Failed(LlmErrorCodes.NotConfigured, "No LLM endpoint is configured (Llm:Endpoint).", model, 0, LlmUsage.Zero, 0m) with { RequestedModel = model };
        }

        var untrusted = request.UntrustedContent is { } content && _options.RedactPii ? _redactor.Redact(content) : request.UntrustedContent;
        var prompt = PromptLayout.Build(request.Instructions, request.SharedContext, untrusted);
        var cacheKey = new LlmCacheKey(HashInput(request, prompt), model, request.PromptVersion);
        var useCache = _options.CacheEnabled && request.UseCache;
        if (useCache && await _cache.TryGetAsync(cacheKey, cancellationToken).ConfigureAwait(false) is { } hit
            && TryConvert<T>(schema, hit.Json, out var cached, out _))
        {
            return new LlmResult<T> { Success = true, Value = cached, Json = hit.Json, FromCache = true, Model = hit.Model, RequestedModel = model };
        }

        var state = new ItemState(request.ItemKey, model);
        var conversation = prompt.ToList();
        string? lastError = null;
        var lastCode = LlmErrorCodes.InvalidJson;
        string? lastJson = null;
        for (var round = 0; round < 2; round++)
        {
            var outcome = await SendAsync(state, conversation, request, cancellationToken).ConfigureAwait(false);
            if (!outcome.Completed)
            {
                Log.ItemFailed(_logger, request.ItemKey, model, outcome.ErrorCode!, state.Attempts);
                return LlmResult<T>.Failed(outcome.ErrorCode!, outcome.ErrorMessage ?? outcome.ErrorCode!, state.Answered ?? model, state.Attempts, state.Usage, state.Cost) with { RequestedModel = model };
            }

            lastJson = outcome.Content!;
            if (outcome.FinishReason == "content_filter")
            {
                return LlmResult<T>.Failed(LlmErrorCodes.ContentFiltered, "The provider filtered the reply.", state.Answered ?? model, state.Attempts, state.Usage, state.Cost, lastJson) with { RequestedModel = model };
            }

            (string Code, string Reason)? problem = null;
            T? value = default;
            if (outcome.FinishReason == "length")
            {
                problem = (LlmErrorCodes.Truncated, "the reply was cut at the output token limit");
            }
            else if (TryConvert(schema, lastJson, out value, out problem))
            {
                if (useCache)
                {
                    await _cache.SetAsync(cacheKey, new LlmCacheEntry(lastJson, state.Answered ?? model, state.Usage, _time.GetUtcNow()) { ItemKey = request.ItemKey }, cancellationToken).ConfigureAwait(false);
                }

                return new LlmResult<T>
                {
                    Success = true,
                    Value = value,
                    Json = lastJson,
                    Usage = state.Usage,
                    CostUsd = state.Cost,
                    Attempts = state.Attempts,
                    Model = state.Answered ?? model,
                    RequestedModel = model,
                    RequestId = outcome.RequestId,
                };
            }

            (lastCode, lastError) = problem!.Value;
            if (round == 0)
            {
                Log.Repairing(_logger, request.ItemKey, lastCode, lastError);
                conversation.Add(new PromptMessage(PromptRole.Assistant, lastJson));
                conversation.Add(new PromptMessage(PromptRole.User, string.Format(CultureInfo.InvariantCulture, RepairPrompt, lastError)));
            }
        }

        Log.ItemFailed(_logger, request.ItemKey, model, lastCode, state.Attempts);
        return LlmResult<T>.Failed(lastCode, lastError ?? lastCode, state.Answered ?? model, state.Attempts, state.Usage, state.Cost, lastJson) with { RequestedModel = model };
    }

    private static bool TryConvert<T>(Json.Schema.JsonSchema schema, string json, out T? value, out (string Code, string Reason)? problem)
    {
        value = default;
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException ex)
        {
            problem = (LlmErrorCodes.InvalidJson, "the reply is not valid JSON (" + ex.Message + ")");
            return false;
        }

        using (document)
        {
            if (ReplyValidator.Validate(schema, document.RootElement) is { } violation)
            {
                problem = (LlmErrorCodes.SchemaMismatch, "the reply does not match the schema: " + violation);
                return false;
            }

            try
            {
                value = document.RootElement.Deserialize<T>(LlmJson.SerializerOptions);
            }
            catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException)
            {
                problem = (LlmErrorCodes.SchemaMismatch, "the reply does not fit the expected shape: " + ex.Message);
                return false;
            }
        }

        problem = null;
        return true;
    }

    private static string HashInput(LlmRequest request, IReadOnlyList<PromptMessage> prompt)
    {
        var builder = new StringBuilder();
        foreach (var message in prompt)
        {
            builder.Append(message.Role).Append('\u0001').Append(message.Content).Append('\u0002');
        }

        builder.Append(request.SchemaName).Append('\u0001').Append(request.JsonSchema).Append('\u0001')
            .Append(request.MaxOutputTokens.ToString(CultureInfo.InvariantCulture)).Append('\u0001')
            .Append(request.Temperature?.ToString("R", CultureInfo.InvariantCulture) ?? "-");
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(builder.ToString())));
    }

    private static ChatMessage ToChatMessage(PromptMessage message) => message.Role switch
    {
        PromptRole.System => new SystemChatMessage(message.Content),
        PromptRole.Assistant => new AssistantChatMessage(message.Content),
        _ => new UserChatMessage(message.Content),
    };

    private static double? ReadNumber(System.ClientModel.Primitives.PipelineResponse? response, string header) =>
        response is not null && response.Headers.TryGetValue(header, out var text)
        && double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) ? number : null;

    private static TimeSpan? RetryAfter(System.ClientModel.Primitives.PipelineResponse? response)
    {
        if (ReadNumber(response, "retry-after-ms") is { } ms)
        {
            return TimeSpan.FromMilliseconds(ms);
        }

        if (ReadNumber(response, "x-ms-retry-after-ms") is { } msAzure)
        {
            return TimeSpan.FromMilliseconds(msAzure);
        }

        if (ReadNumber(response, "retry-after") is { } seconds)
        {
            return TimeSpan.FromSeconds(seconds);
        }

        return response is not null && response.Headers.TryGetValue("retry-after", out var date)
            && DateTimeOffset.TryParse(date, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var at)
            ? at - DateTimeOffset.UtcNow
            : null;
    }

    private ResiliencePipeline<AttemptOutcome> BuildRetry()
    {
        if (_options.MaxRetries == 0)
        {
            return ResiliencePipeline<AttemptOutcome>.Empty;
        }

        return new ResiliencePipelineBuilder<AttemptOutcome>()
            .AddRetry(new RetryStrategyOptions<AttemptOutcome>
            {
                ShouldHandle = args => ValueTask.FromResult(args.Outcome.Result is { Transient: true }),
                MaxRetryAttempts = _options.MaxRetries,
                BackoffType = DelayBackoffType.Exponential,
                UseJitter = true,
                Delay = _options.RetryBaseDelay,
                MaxDelay = _options.MaxRetryDelay,
            })
            .Build();
    }

    private async Task<AttemptOutcome> SendAsync(ItemState state, List<PromptMessage> conversation, LlmRequest request, CancellationToken cancellationToken)
    {
        var estimate = _tokens.CountPrompt(conversation, request.JsonSchema) + request.MaxOutputTokens;
        var messages = conversation.Select(ToChatMessage).ToList();
        var context = ResilienceContextPool.Shared.Get(cancellationToken);
        try
        {
            var outcome = await _retry.ExecuteOutcomeAsync(
                static async (ctx, s) => Outcome.FromResult(await s.Gateway.AttemptAsync(s.State, s.Messages, s.Request, s.Estimate, ctx.CancellationToken).ConfigureAwait(false)),
                context,
                (Gateway: this, State: state, Messages: messages, Request: request, Estimate: estimate)).ConfigureAwait(false);
            outcome.ThrowIfException();
            return outcome.Result!;
        }
        finally
        {
            ResilienceContextPool.Shared.Return(context);
        }
    }

    // One attempt in the retry policy's sense; 429s are the provider pacing us, not failures, so they are
    // waited out here (pausing the whole deployment) without spending the item's retry budget. Each round picks
    // its deployment afresh, so a saturated or failing deployment hands the item to a spill-over one.
    private async Task<AttemptOutcome> AttemptAsync(ItemState state, List<ChatMessage> messages, LlmRequest request, int estimate, CancellationToken cancellationToken)
    {
        var rateLimitBudget = (_options.MaxRetries * 4) + 20;
        while (true)
        {
            var deployment = _router.Choose(state.Model, estimate, state.Failed);
            var pacer = _router.PacerFor(deployment);
            var client = _clients.Get(deployment);
            using var lease = await pacer.AcquireAsync(estimate, cancellationToken).ConfigureAwait(false);
            state.Attempts++;
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
            timeout.CancelAfter(_options.RequestTimeout);
            var options = new ChatCompletionOptions
            {
                ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(request.SchemaName, BinaryData.FromString(request.JsonSchema), jsonSchemaIsStrict: true),
                MaxOutputTokenCount = request.MaxOutputTokens,
                Temperature = request.Temperature,
            };
            try
            {
                ClientResult<ChatCompletion> result;
                using (ItemHeaderPolicy.Use(state.ItemKey, state.Attempts))
                {
                    result = await client.CompleteChatAsync(messages, options, timeout.Token).ConfigureAwait(false);
                }

                var raw = result.GetRawResponse();
                pacer.OnRemaining(lease, ReadNumber(raw, "x-ratelimit-remaining-requests"), ReadNumber(raw, "x-ratelimit-remaining-tokens"));
                pacer.OnSuccess(lease);
                var completion = result.Value;
                var usage = new LlmUsage(
                    completion.Usage?.InputTokenCount ?? 0,
                    completion.Usage?.InputTokenDetails?.CachedTokenCount ?? 0,
                    completion.Usage?.OutputTokenCount ?? 0);
                state.Usage += usage;
                state.Answered = deployment;
                state.Cost += _meter.Record(deployment, usage, request.Scope);
                var text = string.Concat(completion.Content.Where(c => c.Kind == ChatMessageContentPartKind.Text).Select(c => c.Text));
                if (completion.Refusal is { Length: > 0 } refusal && text.Length == 0)
                {
                    return AttemptOutcome.Final(LlmErrorCodes.ContentFiltered, "The model refused: " + refusal, usage);
                }

                return AttemptOutcome.Reply(text, FinishReasonText(completion.FinishReason), usage, completion.Id);
            }
            catch (ClientResultException ex) when (ex.Status == 429)
            {
                var raw = ex.GetRawResponse();
                var wait = RetryAfter(raw) ?? _options.RetryBaseDelay;
                pacer.OnRateLimited(lease, wait, ReadNumber(raw, "x-ratelimit-remaining-requests"), ReadNumber(raw, "x-ratelimit-remaining-tokens"));
                Log.RateLimited(_logger, deployment, wait.TotalMilliseconds, state.ItemKey);
                if (--rateLimitBudget <= 0)
                {
                    return AttemptOutcome.Retryable("rate limited (429) too many times");
                }
            }
            catch (ClientResultException ex) when (ex.Status is 0 or 408 or >= 500)
            {
                return Failure(pacer, lease, state, deployment, $"HTTP {ex.Status}");
            }
            catch (ClientResultException ex)
            {
                pacer.OnSuccess(lease);
                var body = ex.GetRawResponse()?.Content?.ToString() ?? ex.Message;
                var code = ex.Status switch
                {
                    401 or 403 => LlmErrorCodes.Unauthorized,
                    _ when body.Contains("content_filter", StringComparison.OrdinalIgnoreCase) => LlmErrorCodes.ContentFiltered,
                    _ => LlmErrorCodes.BadRequest,
                };
                return AttemptOutcome.Final(code, $"HTTP {ex.Status}: {Truncate(body)}");
            }
            catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                return Failure(pacer, lease, state, deployment, "timeout after " + _options.RequestTimeout.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture) + " s");
            }
            catch (Exception ex) when (ex is HttpRequestException or IOException or JsonException or InvalidOperationException or FormatException)
            {
                // Connection resets and unparsable response envelopes: the provider may answer next time.
                return Failure(pacer, lease, state, deployment, ex.GetType().Name);
            }
        }
    }

    private AttemptOutcome Failure(QuotaPacer pacer, PacerLease lease, ItemState state, string deployment, string reason)
    {
        state.Failed.Add(deployment);
        if (pacer.OnFailure(lease))
        {
            Log.BreakerOpened(_logger, deployment, _options.BreakDuration.TotalSeconds);
        }

        Log.Retrying(_logger, state.ItemKey, deployment, reason, state.Attempts, 0);
        return AttemptOutcome.Retryable(reason);
    }

    private static string? FinishReasonText(ChatFinishReason reason) => reason switch
    {
        ChatFinishReason.Length => "length",
        ChatFinishReason.ContentFilter => "content_filter",
        ChatFinishReason.Stop => "stop",
        _ => reason.ToString().ToLowerInvariant(),
    };

    private static string Truncate(string text) => text.Length <= 300 ? text : text[..300] + "...";

    private sealed class ItemState(string itemKey, string model)
    {
        public string ItemKey { get; } = itemKey;

        /// <summary>The deployment asked for.</summary>
        public string Model { get; } = model;

        /// <summary>The deployment whose reply was last received.</summary>
        public string? Answered { get; set; }

        /// <summary>Deployments that failed this item (5xx, timeouts); later attempts prefer others.</summary>
        public HashSet<string> Failed { get; } = new(StringComparer.Ordinal);

        public int Attempts { get; set; }

        public LlmUsage Usage { get; set; } = LlmUsage.Zero;

        public decimal? Cost { get; set; } = 0m;
    }
}
