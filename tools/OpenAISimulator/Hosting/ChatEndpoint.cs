using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAISimulator.Chat;
using OpenAISimulator.Faults;
using OpenAISimulator.Logging;
using OpenAISimulator.Quota;

namespace OpenAISimulator.Hosting;

/// <summary>POST chat completions, Azure (<c>/openai/deployments/{d}/chat/completions</c>) and OpenAI (<c>/v1/chat/completions</c>) shapes.</summary>
internal sealed class ChatEndpoint
{
    public const string ItemHeader = "x-resumeflow-item";
    public const string AttemptHeader = "x-resumeflow-attempt";

    private readonly SimulatorOptions _options;
    private readonly ChatEngine _engine;
    private readonly RequestLog _log;
    private readonly FaultInjector _faults;
    private readonly SimClock _clock;
    private readonly ConcurrentDictionary<string, SlidingWindowQuota> _quotas;

    public ChatEndpoint(SimulatorOptions options, ChatEngine engine, RequestLog log, FaultInjector faults, SimClock clock, ConcurrentDictionary<string, SlidingWindowQuota> quotas)
    {
        _options = options;
        _engine = engine;
        _log = log;
        _faults = faults;
        _clock = clock;
        _quotas = quotas;
    }

    public async Task HandleAsync(HttpContext context, string? deployment)
    {
        var received = _clock.Now;
        var itemHeader = context.Request.Headers[ItemHeader].ToString();
        int? clientAttempt = int.TryParse(context.Request.Headers[AttemptHeader].ToString(), CultureInfo.InvariantCulture, out var ca) ? ca : null;
        var route = deployment is null ? "openai" : "azure";

        if (!Authorised(context.Request))
        {
            await RejectAsync(context, 401, ChatEngine.Error("401", "Access denied due to invalid subscription key or wrong API endpoint.", "authentication_error"), itemHeader, route, deployment, received, "unauthorized", clientAttempt);
            return;
        }

        if (deployment is not null && string.IsNullOrEmpty(context.Request.Query["api-version"]))
        {
            await RejectAsync(context, 400, ChatEngine.Error("MissingApiVersionParameter", "The api-version query parameter (?api-version=) is required for all requests."), itemHeader, route, deployment, received, "bad_request", clientAttempt);
            return;
        }

        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException ex)
        {
            await RejectAsync(context, 400, ChatEngine.Error("invalid_json", "The request body is not valid JSON: " + ex.Message), itemHeader, route, deployment, received, "bad_request", clientAttempt);
            return;
        }

        using (document)
        {
            var request = ChatRequest.Parse(document.RootElement, deployment, out var error);
            if (request is null || request.Stream)
            {
                await RejectAsync(context, 400, ChatEngine.Error("invalid_request", error ?? "Streaming is not supported by the simulator."), itemHeader, route, deployment, received, "bad_request", clientAttempt);
                return;
            }

            await CompleteAsync(context, request, string.IsNullOrEmpty(itemHeader) ? request.User ?? "-" : itemHeader, clientAttempt, route, received);
        }
    }

    private async Task CompleteAsync(HttpContext context, ChatRequest request, string itemKey, int? clientAttempt, string route, double received)
    {
        var attempt = _log.NextAttempt(itemKey);
        var promptTokens = _engine.Tokens.CountPrompt(request.Messages, request.SchemaRaw);
        var quotaTokens = _engine.QuotaCost(request, promptTokens);
        var hash = ChatEngine.Mix(_engine.ContentHash(request), attempt);
        var fault = _faults.Decide(request.AllText(), attempt, hash);
        var entry = new RequestLogEntry
        {
            Route = route,
            Deployment = request.Deployment,
            ItemKey = itemKey,
            Attempt = attempt,
            ClientAttempt = clientAttempt,
            ReceivedAt = received,
            Outcome = "ok",
            PromptTokens = promptTokens,
            QuotaTokens = quotaTokens,
            Messages = _options.RecordMessages ? request.Messages : [],
        };
        var response = context.Response;

        if (fault == SimulatorFault.RateLimit)
        {
            await RateLimitedAsync(context, entry, _options.Real(_options.StormRetryAfter), null);
            return;
        }

        var quota = _quotas.GetOrAdd(request.Deployment, _ => new SlidingWindowQuota(_options, _clock));
        var decision = quota.TryAdmit(quotaTokens);
        if (!decision.Admitted)
        {
            await RateLimitedAsync(context, entry, decision.RetryAfter, decision);
            return;
        }

        entry = entry with { Admitted = true };
        response.Headers["x-ratelimit-remaining-requests"] = Math.Floor(decision.RemainingRequests).ToString(CultureInfo.InvariantCulture);
        response.Headers["x-ratelimit-remaining-tokens"] = Math.Floor(decision.RemainingTokens).ToString(CultureInfo.InvariantCulture);
        response.Headers["x-request-id"] = Guid.NewGuid().ToString();
        try
        {
            switch (fault)
            {
                case SimulatorFault.ServerError or SimulatorFault.ServiceUnavailable:
                    await Task.Delay(_options.Real(_options.TimeToFirstTokenMin / 2), context.RequestAborted);
                    var status = fault == SimulatorFault.ServerError ? 500 : 503;
                    await WriteAsync(context, status, ChatEngine.Error(status.ToString(CultureInfo.InvariantCulture), "The server had an error while processing your request.", "server_error"));
                    Finish(entry with { Status = status, Outcome = "server_error" });
                    return;
                case SimulatorFault.Timeout:
                    await Task.Delay(_options.Real(_options.TimeoutHold), context.RequestAborted);
                    await WriteAsync(context, 408, ChatEngine.Error("timeout", "The operation was timeout.", "server_error"));
                    Finish(entry with { Status = 408, Outcome = "timeout" });
                    return;
                case SimulatorFault.ContentFilter:
                    await WriteAsync(context, 400, ChatEngine.Error("content_filter", "The response was filtered due to the prompt triggering Azure OpenAI's content management policy."));
                    Finish(entry with { Status = 400, Outcome = "content_filter" });
                    return;
            }

            var reply = _engine.Complete(request, promptTokens, fault);
            await Task.Delay(_options.Real(_engine.Latency(hash, reply.CompletionTokens)), context.RequestAborted);
            await WriteAsync(context, 200, reply.Body);
            Finish(entry with
            {
                Status = 200,
                Outcome = reply.Outcome,
                CachedTokens = reply.CachedTokens,
                CompletionTokens = reply.CompletionTokens,
                Billed = true,
            });
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            // The client hung up (its own timeout): nothing is delivered, nothing billed.
            Finish(entry with { Status = 499, Outcome = fault == SimulatorFault.Timeout ? "timeout" : "client_aborted" });
        }
    }

    private async Task RateLimitedAsync(HttpContext context, RequestLogEntry entry, TimeSpan retryAfter, Quota.QuotaDecision? decision)
    {
        var response = context.Response;
        var ms = Math.Max(1, Math.Ceiling(retryAfter.TotalMilliseconds));
        response.Headers["retry-after-ms"] = ms.ToString(CultureInfo.InvariantCulture);
        response.Headers["retry-after"] = Math.Max(1, Math.Ceiling(ms / 1000)).ToString(CultureInfo.InvariantCulture);
        if (decision is { } d)
        {
            response.Headers["x-ratelimit-remaining-requests"] = Math.Floor(d.RemainingRequests).ToString(CultureInfo.InvariantCulture);
            response.Headers["x-ratelimit-remaining-tokens"] = Math.Floor(d.RemainingTokens).ToString(CultureInfo.InvariantCulture);
        }

        var seconds = Math.Max(1, Math.Ceiling(ms / 1000)).ToString(CultureInfo.InvariantCulture);
        await WriteAsync(context, 429, ChatEngine.Error(
            "429",
            $"Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded the rate limit of your current pricing tier. Please retry after {seconds} seconds.",
            "rate_limit_exceeded"));
        Finish(entry with { Status = 429, Outcome = "rate_limited" });
    }

    private async Task RejectAsync(HttpContext context, int status, JsonObject body, string itemKey, string route, string? deployment, double received, string outcome, int? clientAttempt)
    {
        await WriteAsync(context, status, body);
        var key = string.IsNullOrEmpty(itemKey) ? "-" : itemKey;
        Finish(new RequestLogEntry
        {
            Route = route,
            Deployment = deployment ?? "unknown",
            ItemKey = key,
            Attempt = _log.NextAttempt(key),
            ClientAttempt = clientAttempt,
            ReceivedAt = received,
            Status = status,
            Outcome = outcome,
        });
    }

    private void Finish(RequestLogEntry entry) => _log.Add(entry with { CompletedAt = _clock.Now });

    private static async Task WriteAsync(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        await context.Response.WriteAsync(body.ToJsonString(), context.RequestAborted);
    }

    private bool Authorised(HttpRequest request)
    {
        if (_options.ApiKey is null)
        {
            return true;
        }

        var key = request.Headers["api-key"].ToString();
        var bearer = request.Headers.Authorization.ToString();
        return key == _options.ApiKey || bearer == "Bearer " + _options.ApiKey;
    }
}
