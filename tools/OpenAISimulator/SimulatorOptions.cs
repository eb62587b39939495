namespace OpenAISimulator;

/// <summary>
/// Behaviour of the simulator. Durations are in simulated time; <see cref="ClockFactor"/> compresses all of
/// them (latencies, quota windows, retry-after values, batch delays) by one factor, so with a factor of 10
/// a "minute" of quota lasts 6 real seconds. Quotas are per simulated minute.
/// </summary>
public sealed class SimulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free one.</summary>
    public int Port { get; set; }

    /// <summary>Simulated seconds per real second (1 = real time).</summary>
    public double ClockFactor { get; set; } = 1.0;

    public int RequestsPerMinute { get; set; } = 600;

    public int TokensPerMinute { get; set; } = 100_000;

    /// <summary>Sliding window over which quotas are evaluated; its capacity is quota × window / 1 min.</summary>
    public TimeSpan QuotaWindow { get; set; } = TimeSpan.FromSeconds(10);

    /// <summary>Fraction above the window capacity still admitted (0 = strict).</summary>
    public double QuotaTolerance { get; set; }

    /// <summary>False records quota usage but never answers 429, so tests can measure a client's demand.</summary>
    public bool EnforceQuota { get; set; } = true;

    /// <summary>max_tokens assumed when a request sets none (counted against the token quota).</summary>
    public int DefaultMaxTokens { get; set; } = 4096;

    /// <summary>Time to first token is drawn uniformly from [min, max]; defaults follow published gpt-4o-mini figures.</summary>
    public TimeSpan TimeToFirstTokenMin { get; set; } = TimeSpan.FromMilliseconds(700);

    public TimeSpan TimeToFirstTokenMax { get; set; } = TimeSpan.FromMilliseconds(1500);

    public double OutputTokensPerSecond { get; set; } = 60;

    /// <summary>Probabilities per request (decided from a hash of the prompt and attempt, so reruns repeat).</summary>
    public double ServerErrorRate { get; set; }

    public double TimeoutRate { get; set; }

    public double MalformedJsonRate { get; set; }

    public double TruncatedRate { get; set; }

    /// <summary>How long a "timeout" fault holds the request before answering 408 (if the client has not hung up).</summary>
    public TimeSpan TimeoutHold { get; set; } = TimeSpan.FromSeconds(120);

    /// <summary>retry-after of injected 429s (rate-limit storms); real quota 429s compute their own.</summary>
    public TimeSpan StormRetryAfter { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>When set, requests must carry this key (api-key header or Bearer token).</summary>
    public string? ApiKey { get; set; }

    /// <summary>Prompt prefixes of at least this many tokens seen before are reported as cached tokens.</summary>
    public int PromptCacheMinTokens { get; set; } = 1024;

    /// <summary>Time a batch spends per input line, and its fixed start-up delay.</summary>
    public TimeSpan BatchLineDuration { get; set; } = TimeSpan.FromMilliseconds(20);

    public TimeSpan BatchStartDelay { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// Fraction of batch lines that fail once (a 500 in the error file): chosen from a hash of the seed and the
    /// line's custom_id, so the same lines fail in every run and succeed when resubmitted.
    /// </summary>
    public double BatchLineFailureRate { get; set; }

    /// <summary>
    /// Batches (by creation order, 1 = the first) that expire after processing half their lines: the rest go to
    /// the error file as <c>batch_expired</c>, as when the provider's 24-hour window runs out.
    /// </summary>
    public ISet<int> ExpireBatches { get; init; } = new HashSet<int>();

    /// <summary>Keep request messages in the log (tests of prompt layout and redaction read them).</summary>
    public bool RecordMessages { get; set; } = true;

    /// <summary>Seed mixed into every derived value.</summary>
    public int Seed { get; set; } = 42;

    internal TimeSpan Real(TimeSpan simulated) => TimeSpan.FromTicks((long)(simulated.Ticks / ClockFactor));
}
