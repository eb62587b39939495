namespace ResumeFlow.Llm.Pacing;

/// <summary>Permission to send one request; disposing it frees the in-flight slot.</summary>
internal sealed class PacerLease : IDisposable
{
    private readonly QuotaPacer _pacer;
    private int _disposed;

    public PacerLease(QuotaPacer pacer, double expectedRemainingRequests, double expectedRemainingTokens, bool isProbe)
    {
        _pacer = pacer;
        ExpectedRemainingRequests = expectedRemainingRequests;
        ExpectedRemainingTokens = expectedRemainingTokens;
        IsProbe = isProbe;
    }

    /// <summary>What the provider should report as remaining right after this request, if we are its only client.</summary>
    public double ExpectedRemainingRequests { get; }

    public double ExpectedRemainingTokens { get; }

    /// <summary>The pacer's ledger record of this request (given back if the provider rejects it with 429).</summary>
    internal object? Entry { get; init; }

    /// <summary>True for the single trial request a half-open breaker lets through.</summary>
    public bool IsProbe { get; }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 0)
        {
            _pacer.Release(this);
        }
    }
}
