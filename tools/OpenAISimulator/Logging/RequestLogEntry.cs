namespace OpenAISimulator.Logging;

/// <summary>
/// One request the simulator answered. <see cref="Attempt"/> counts requests per item key as the server saw them;
/// <see cref="Billed"/> is true when the provider would charge it (a 200 with usage).
/// </summary>
public sealed record RequestLogEntry
{
    public long Sequence { get; init; }

    public required string Route { get; init; }

    public required string Deployment { get; init; }

    public required string ItemKey { get; init; }

    public int Attempt { get; init; }

    /// <summary>The attempt number the client sent in <c>x-resumeflow-attempt</c>, if any.</summary>
    public int? ClientAttempt { get; init; }

    /// <summary>Real seconds since the server started.</summary>
    public double ReceivedAt { get; init; }

    public double CompletedAt { get; init; }

    public int Status { get; init; }

    /// <summary>ok, rate_limited, server_error, timeout, malformed_json, truncated, content_filter, client_aborted, bad_request, unauthorized.</summary>
    public required string Outcome { get; init; }

    public int PromptTokens { get; init; }

    public int CachedTokens { get; init; }

    public int CompletionTokens { get; init; }

    /// <summary>What the request counted against the token quota (prompt + max tokens).</summary>
    public int QuotaTokens { get; init; }

    /// <summary>True when the request was admitted by the quota (whatever happened next).</summary>
    public bool Admitted { get; init; }

    public bool Billed { get; init; }

    public IReadOnlyList<SimulatedMessage> Messages { get; init; } = [];
}
