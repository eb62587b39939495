namespace ResumeFlow.Llm.Pacing;

/// <summary>
/// Admits requests to one deployment continuously, as its two budgets allow: requests and tokens per
/// minute, where a request costs its prompt tokens plus max output tokens. A GCRA schedule (virtual
/// arrival times, a burst tolerance of a quarter window) spreads admissions at the planned rate; a sliding-window
/// ledger guarantees that no provider evaluation window ever sees more than its share of the quota.
/// Budgets shrink when <c>x-ratelimit-remaining-*</c> reports less than this process used (another
/// client shares the deployment); a 429 pauses the whole deployment for its retry-after; consecutive
/// failures open a breaker that pauses admissions, then lets one probe through.
/// </summary>
internal sealed class QuotaPacer
{
    private const double ExpiryMargin = 0.02;
    private static readonly TimeSpan MaxSleep = TimeSpan.FromMilliseconds(200);

    private readonly Lock _lock = new();
    private readonly SemaphoreSlim _admission = new(1, 1);
    private readonly SemaphoreSlim _inFlight;
    private readonly TimeProvider _time;
    private readonly long _start;
    private readonly double _window;
    private readonly double _ledgerSpan;
    private readonly double _requestCapacity;
    private readonly double _tokenCapacity;
    private readonly double _plannedRequestCapacity;
    private readonly double _plannedTokenCapacity;
    private readonly double _requestsPerSecond;
    private readonly double _tokensPerSecond;
    private readonly double _tolerance;
    private readonly int _breakerThreshold;
    private readonly double _breakSeconds;
    private readonly Queue<LedgerEntry> _ledger = new();
    private double _ledgerRequests;
    private double _ledgerTokens;
    private double _phantomTokens;
    private double _phantomRequests;
    private double _requestTat;
    private double _tokenTat;
    private double _pausedUntil;
    private int _consecutiveFailures;
    private BreakerState _breaker = BreakerState.Closed;
    private double _breakerUntil;
    private bool _probeInFlight;

    public QuotaPacer(LlmOptions options, TimeProvider time)
    {
        _time = time;
        _start = time.GetTimestamp();
        _window = options.QuotaWindow.TotalSeconds;
        var windowShare = _window / 60.0;
        _requestCapacity = options.RequestsPerMinute * windowShare;
        _tokenCapacity = options.TokensPerMinute * windowShare;
        _plannedRequestCapacity = Math.Max(1, Math.Floor(_requestCapacity));
        _plannedTokenCapacity = _tokenCapacity;
        _requestsPerSecond = options.RequestsPerMinute * options.QuotaUtilization / 60.0;
        _tokensPerSecond = options.TokensPerMinute * options.QuotaUtilization / 60.0;
        // Burst tolerance: lets admissions catch up after the process stalls (GC, a busy machine) instead of losing
        // that time for good; the window ledger still caps every window, so catch-up never overshoots the quota.
        _tolerance = _window / 4.0;

        // The provider counts a request when it arrives, a little after we admit it, and that delay varies; keeping
        // entries slightly longer than the window absorbs the variation so a freed slot is free at the provider too.
        _ledgerSpan = _window * (1 + ExpiryMargin);

        // Start with an empty burst allowance: the first window is paced like every other, not flooded.
        _requestTat = _tolerance;
        _tokenTat = _tolerance;
        _breakerThreshold = options.BreakerFailureThreshold;
        _breakSeconds = options.BreakDuration.TotalSeconds;
        _inFlight = new SemaphoreSlim(options.MaxConcurrency, options.MaxConcurrency);
    }

    public int InFlight => _inFlight.CurrentCount;

    /// <summary>Waits until a request costing <paramref name="tokens"/> may be sent; admissions are first come, first served.</summary>
    public async Task<PacerLease> AcquireAsync(int tokens, CancellationToken cancellationToken = default)
    {
        await _inFlight.WaitAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            await _admission.WaitAsync(cancellationToken).ConfigureAwait(false);
            try
            {
                while (true)
                {
                    double wait;
                    lock (_lock)
                    {
                        var now = Now();
                        Prune(now);
                        var at = EarliestAdmission(now, tokens);
                        if (at <= now)
                        {
                            return Admit(now, tokens);
                        }

                        wait = at - now;
                    }

                    var sleep = TimeSpan.FromSeconds(wait);
                    await Task.Delay(sleep < MaxSleep ? sleep : MaxSleep, _time, cancellationToken).ConfigureAwait(false);
                }
            }
            finally
            {
                _admission.Release();
            }
        }
        catch
        {
            _inFlight.Release();
            throw;
        }
    }

    /// <summary>
    /// A 429: nothing is admitted to this deployment before <paramref name="retryAfter"/> has passed. The rejected
    /// request consumed no quota at the provider, so its budget is given back.
    /// </summary>
    public void OnRateLimited(PacerLease lease, TimeSpan retryAfter)
    {
        lock (_lock)
        {
            _pausedUntil = Math.Max(_pausedUntil, Now() + retryAfter.TotalSeconds);
            if (lease.Entry is LedgerEntry entry && entry.Requests > 0)
            {
                _ledgerRequests -= entry.Requests;
                _ledgerTokens -= entry.Tokens;
                _requestTat -= 1.0 / _requestsPerSecond;
                _tokenTat -= entry.Tokens / _tokensPerSecond;
                entry.Requests = 0;
                entry.Tokens = 0;
            }
        }
    }

    /// <summary>Reconciles the budgets with what the provider reported as remaining after this request.</summary>
    public void OnRemaining(PacerLease lease, double? remainingRequests, double? remainingTokens)
    {
        lock (_lock)
        {
            var now = Now();
            Prune(now);
            if (remainingTokens is { } tokens)
            {
                // Someone else spent the difference; hold it as phantom usage until it leaves the window.
                var missing = lease.ExpectedRemainingTokens - tokens - _phantomTokens;
                if (missing > _tokenCapacity * 0.02)
                {
                    AddLedger(new LedgerEntry(now, 0, missing, phantom: true));
                }
            }

            if (remainingRequests is { } requests)
            {
                var missing = lease.ExpectedRemainingRequests - requests - _phantomRequests;
                if (missing >= Math.Max(1, _requestCapacity * 0.02))
                {
                    AddLedger(new LedgerEntry(now, missing, 0, phantom: true));
                }
            }
        }
    }

    /// <summary>An attempt reached the provider and got an answer that was not a transient failure.</summary>
    public void OnSuccess(PacerLease lease)
    {
        lock (_lock)
        {
            _consecutiveFailures = 0;
            if (_breaker != BreakerState.Closed && (lease.IsProbe || _breaker == BreakerState.HalfOpen))
            {
                _breaker = BreakerState.Closed;
            }
        }
    }

    /// <summary>A 5xx, timeout or connection failure; returns true when this failure opened the breaker.</summary>
    public bool OnFailure(PacerLease lease)
    {
        lock (_lock)
        {
            _consecutiveFailures++;
            if (lease.IsProbe || (_breaker == BreakerState.Closed && _consecutiveFailures >= _breakerThreshold))
            {
                _breaker = BreakerState.Open;
                _breakerUntil = Now() + _breakSeconds;
                return true;
            }

            return false;
        }
    }

    internal void Release(PacerLease lease)
    {
        if (lease.IsProbe)
        {
            lock (_lock)
            {
                _probeInFlight = false;
            }
        }

        _inFlight.Release();
    }

    private double Now() => _time.GetElapsedTime(_start).TotalSeconds;

    private double EarliestAdmission(double now, int tokens)
    {
        var at = Math.Max(now, _pausedUntil);
        switch (_breaker)
        {
            case BreakerState.Open:
                at = Math.Max(at, _breakerUntil);
                if (_breakerUntil <= now)
                {
                    _breaker = BreakerState.HalfOpen;
                }

                break;
            case BreakerState.HalfOpen when _probeInFlight:
                return now + MaxSleep.TotalSeconds;
        }

        at = Math.Max(at, _requestTat - _tolerance);
        at = Math.Max(at, _tokenTat - _tolerance);

        // Sliding-window guard: the oldest entries must have left the window first.
        var needRequests = _ledgerRequests + 1 - _plannedRequestCapacity;
        var needTokens = _ledgerTokens + Math.Min(tokens, _plannedTokenCapacity) - _plannedTokenCapacity;
        if (needRequests > 1e-9 || needTokens > 1e-9)
        {
            double freedRequests = 0, freedTokens = 0;
            foreach (var entry in _ledger)
            {
                freedRequests += entry.Requests;
                freedTokens += entry.Tokens;
                if (freedRequests >= needRequests - 1e-9 && freedTokens >= needTokens - 1e-9)
                {
                    at = Math.Max(at, entry.At + _ledgerSpan);
                    break;
                }
            }
        }

        return at;
    }

    private PacerLease Admit(double now, int tokens)
    {
        _requestTat = Math.Max(_requestTat, now) + (1.0 / _requestsPerSecond);
        _tokenTat = Math.Max(_tokenTat, now) + (tokens / _tokensPerSecond);
        var entry = new LedgerEntry(now, 1, tokens, phantom: false);
        AddLedger(entry);
        var isProbe = _breaker == BreakerState.HalfOpen;
        if (isProbe)
        {
            _probeInFlight = true;
        }

        return new PacerLease(this, _requestCapacity - _ledgerRequests, _tokenCapacity - _ledgerTokens, isProbe) { Entry = entry };
    }

    private void AddLedger(LedgerEntry entry)
    {
        _ledger.Enqueue(entry);
        _ledgerRequests += entry.Requests;
        _ledgerTokens += entry.Tokens;
        if (entry.Phantom)
        {
            _phantomRequests += entry.Requests;
            _phantomTokens += entry.Tokens;
        }
    }

    private void Prune(double now)
    {
        while (_ledger.TryPeek(out var oldest) && oldest.At + _ledgerSpan <= now)
        {
            _ledger.Dequeue();
            _ledgerRequests -= oldest.Requests;
            _ledgerTokens -= oldest.Tokens;
            if (oldest.Phantom)
            {
                _phantomRequests -= oldest.Requests;
                _phantomTokens -= oldest.Tokens;
            }
        }
    }

    private enum BreakerState
    {
        Closed,
        Open,
        HalfOpen,
    }

    private sealed class LedgerEntry(double at, double requests, double tokens, bool phantom)
    {
        public double At { get; } = at;

        public double Requests { get; set; } = requests;

        public double Tokens { get; set; } = tokens;

        public bool Phantom { get; } = phantom;
    }
}
