namespace ResumeFlow.Llm.Pacing;

/// <summary>
/// Admits requests to one deployment continuously, as its two budgets allow: requests and tokens per
/// minute, where a request costs its prompt tokens plus max output tokens. A GCRA schedule (virtual
/// arrival times, a burst tolerance of an eighth of the window to catch up after stalls) spreads admissions
/// at the planned rate; a sliding-window ledger guarantees that no provider evaluation window sees more than
/// its share of the quota. Budgets shrink when <c>x-ratelimit-remaining-*</c> reports less than this process
/// used (another client shares the deployment); a 429 gives the rejected request's budget back, pauses the
/// whole deployment for its retry-after and aligns our view with what the provider says remains;
/// consecutive failures open a breaker that pauses admissions, then lets one probe through.
/// </summary>
internal sealed class QuotaPacer
{
    private const double ExpiryMargin = 0.02;
    private const double PhantomThreshold = 0.1;
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
    private readonly double _requestsPerSecond;
    private readonly double _tokensPerSecond;
    private readonly double _tolerance;
    private readonly int _breakerThreshold;
    private readonly double _breakSeconds;

    // Our own admissions, oldest first (they expire in admission order).
    private readonly Queue<LedgerEntry> _ledger = new();

    // Usage we did not cause (other clients, or the provider still counting what we already dropped), by expiry.
    private readonly List<LedgerEntry> _phantoms = [];
    private double _ledgerRequests;
    private double _ledgerTokens;
    private double _phantomRequests;
    private double _phantomTokens;
    private double _requestTat;
    private double _tokenTat;
    private double _pausedUntil;
    private int _consecutiveFailures;
    private BreakerState _breaker = BreakerState.Closed;
    private double _breakerUntil;
    private bool _probeInFlight;
    private int _waiting;

    public QuotaPacer(LlmOptions options, TimeProvider time)
        : this(options, Deployments.LlmDeployment.Resolve(options.Deployment, options), time)
    {
    }

    public QuotaPacer(LlmOptions options, Deployments.LlmDeployment deployment, TimeProvider time)
    {
        _time = time;
        _start = time.GetTimestamp();
        _window = options.QuotaWindow.TotalSeconds;
        var windowShare = _window / 60.0;
        _requestCapacity = Math.Max(1, Math.Floor(deployment.RequestsPerMinute * windowShare));
        _tokenCapacity = deployment.TokensPerMinute * windowShare;
        _requestsPerSecond = deployment.RequestsPerMinute * options.QuotaUtilization / 60.0;
        _tokensPerSecond = deployment.TokensPerMinute * options.QuotaUtilization / 60.0;

        // The burst tolerance lets admissions catch up after the process stalls (GC, a busy machine) instead of
        // losing that time for good; the ledger still caps every window, so catching up never overshoots.
        _tolerance = _window / 8.0;

        // The provider counts a request when it arrives, a little after we admit it, and that delay varies; keeping
        // entries slightly longer than the window absorbs the variation so a slot we free is free there too.
        _ledgerSpan = _window * (1 + ExpiryMargin);

        // Start with an empty burst allowance: the first window is paced like every other, not flooded.
        _requestTat = _tolerance;
        _tokenTat = _tolerance;
        _breakerThreshold = options.BreakerFailureThreshold;
        _breakSeconds = options.BreakDuration.TotalSeconds;
        _inFlight = new SemaphoreSlim(deployment.MaxConcurrency, deployment.MaxConcurrency);
    }

    /// <summary>
    /// Roughly how long a request costing <paramref name="tokens"/> would wait if it asked now: the schedule's own
    /// answer plus a request interval per waiter queued ahead; infinite while the breaker is open or every
    /// in-flight slot is taken by a queue. The router spills over to another deployment when this is long.
    /// </summary>
    public TimeSpan ExpectedWait(int tokens)
    {
        lock (_lock)
        {
            var now = Now();
            if (_breaker == BreakerState.Open && _breakerUntil > now)
            {
                return TimeSpan.MaxValue;
            }

            Prune(now);
            var queued = Volatile.Read(ref _waiting);
            var seconds = Math.Max(0, EarliestAdmission(now, tokens) - now) + (queued / _requestsPerSecond);
            return seconds > TimeSpan.MaxValue.TotalSeconds / 2 ? TimeSpan.MaxValue : TimeSpan.FromSeconds(seconds);
        }
    }

    /// <summary>Waits until a request costing <paramref name="tokens"/> may be sent; admissions are first come, first served.</summary>
    public async Task<PacerLease> AcquireAsync(int tokens, CancellationToken cancellationToken = default)
    {
        Interlocked.Increment(ref _waiting);
        try
        {
            return await AcquireCoreAsync(tokens, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            Interlocked.Decrement(ref _waiting);
        }
    }

    private async Task<PacerLease> AcquireCoreAsync(int tokens, CancellationToken cancellationToken)
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
    /// request consumed no quota at the provider, so its budget is given back; if the provider says less remains
    /// than we think, the difference is held until the retry-after has passed.
    /// </summary>
    public void OnRateLimited(PacerLease lease, TimeSpan retryAfter, double? remainingRequests = null, double? remainingTokens = null)
    {
        lock (_lock)
        {
            var now = Now();
            Prune(now);
            _pausedUntil = Math.Max(_pausedUntil, now + retryAfter.TotalSeconds);
            if (lease.Entry is LedgerEntry entry && entry.Requests > 0)
            {
                _ledgerRequests -= entry.Requests;
                _ledgerTokens -= entry.Tokens;
                _requestTat -= 1.0 / _requestsPerSecond;
                _tokenTat -= entry.Tokens / _tokensPerSecond;
                entry.Requests = 0;
                entry.Tokens = 0;
            }

            var until = now + Math.Max(retryAfter.TotalSeconds, _window * ExpiryMargin);
            var missingRequests = remainingRequests is { } r ? _requestCapacity - _ledgerRequests - _phantomRequests - r : 0;
            var missingTokens = remainingTokens is { } t ? _tokenCapacity - _ledgerTokens - _phantomTokens - t : 0;
            if (missingRequests > 0 || missingTokens > 0)
            {
                AddPhantom(new LedgerEntry(until, Math.Max(0, missingRequests), Math.Max(0, missingTokens)));
            }
        }
    }

    /// <summary>
    /// Reconciles the budgets with what the provider reported as remaining when it counted this request. Our own
    /// expectation is taken both at admission and now, and the smaller is used, so that reordering in flight and
    /// entries leaving the window are not mistaken for another client; only a clear gap (over a tenth of the
    /// window) is held as phantom usage, for one window.
    /// </summary>
    public void OnRemaining(PacerLease lease, double? remainingRequests, double? remainingTokens)
    {
        lock (_lock)
        {
            var now = Now();
            Prune(now);
            var missingTokens = 0.0;
            var missingRequests = 0.0;
            if (remainingTokens is { } tokens)
            {
                var expected = Math.Min(lease.ExpectedRemainingTokens, _tokenCapacity - _ledgerTokens);
                missingTokens = expected - tokens - _phantomTokens;
                missingTokens = missingTokens > _tokenCapacity * PhantomThreshold ? missingTokens : 0;
            }

            if (remainingRequests is { } requests)
            {
                var expected = Math.Min(lease.ExpectedRemainingRequests, _requestCapacity - _ledgerRequests);
                missingRequests = expected - requests - _phantomRequests;
                missingRequests = missingRequests > Math.Max(1, _requestCapacity * PhantomThreshold) ? missingRequests : 0;
            }

            if (missingRequests > 0 || missingTokens > 0)
            {
                AddPhantom(new LedgerEntry(now + _ledgerSpan, missingRequests, missingTokens));
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

        // Sliding-window guard: enough of the oldest usage must have expired first.
        var needRequests = _ledgerRequests + _phantomRequests + 1 - _requestCapacity;
        var needTokens = _ledgerTokens + _phantomTokens + Math.Min(tokens, _tokenCapacity) - _tokenCapacity;
        if (needRequests > 1e-9 || needTokens > 1e-9)
        {
            at = Math.Max(at, FreedAt(needRequests, needTokens));
        }

        return at;
    }

    // When the expiring usage (own admissions and phantoms, merged by expiry) has freed what is needed.
    private double FreedAt(double needRequests, double needTokens)
    {
        double freedRequests = 0, freedTokens = 0;
        var phantom = 0;
        using var own = _ledger.GetEnumerator();
        var hasOwn = own.MoveNext();
        while (hasOwn || phantom < _phantoms.Count)
        {
            LedgerEntry next;
            if (hasOwn && (phantom >= _phantoms.Count || own.Current.ExpiresAt <= _phantoms[phantom].ExpiresAt))
            {
                next = own.Current;
                hasOwn = own.MoveNext();
            }
            else
            {
                next = _phantoms[phantom++];
            }

            freedRequests += next.Requests;
            freedTokens += next.Tokens;
            if (freedRequests >= needRequests - 1e-9 && freedTokens >= needTokens - 1e-9)
            {
                return next.ExpiresAt;
            }
        }

        return Now() + _ledgerSpan;
    }

    private PacerLease Admit(double now, int tokens)
    {
        _requestTat = Math.Max(_requestTat, now) + (1.0 / _requestsPerSecond);
        _tokenTat = Math.Max(_tokenTat, now) + (tokens / _tokensPerSecond);
        var entry = new LedgerEntry(now + _ledgerSpan, 1, tokens);
        _ledger.Enqueue(entry);
        _ledgerRequests += 1;
        _ledgerTokens += tokens;
        var isProbe = _breaker == BreakerState.HalfOpen;
        if (isProbe)
        {
            _probeInFlight = true;
        }

        return new PacerLease(this, _requestCapacity - _ledgerRequests, _tokenCapacity - _ledgerTokens, isProbe) { Entry = entry };
    }

    private void AddPhantom(LedgerEntry entry)
    {
        var index = _phantoms.FindIndex(p => p.ExpiresAt > entry.ExpiresAt);
        _phantoms.Insert(index < 0 ? _phantoms.Count : index, entry);
        _phantomRequests += entry.Requests;
        _phantomTokens += entry.Tokens;
    }

    private void Prune(double now)
    {
        while (_ledger.TryPeek(out var oldest) && oldest.ExpiresAt <= now)
        {
            _ledger.Dequeue();
            _ledgerRequests -= oldest.Requests;
            _ledgerTokens -= oldest.Tokens;
        }

        while (_phantoms.Count > 0 && _phantoms[0].ExpiresAt <= now)
        {
            _phantomRequests -= _phantoms[0].Requests;
            _phantomTokens -= _phantoms[0].Tokens;
            _phantoms.RemoveAt(0);
        }
    }

    private enum BreakerState
    {
        Closed,
        Open,
        HalfOpen,
    }

    private sealed class LedgerEntry(double expiresAt, double requests, double tokens)
    {
        public double ExpiresAt { get; } = expiresAt;

        public double Requests { get; set; } = requests;

        public double Tokens { get; set; } = tokens;
    }
}
