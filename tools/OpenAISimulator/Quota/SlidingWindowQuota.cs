using OpenAISimulator.Hosting;

namespace OpenAISimulator.Quota;

/// <summary>
/// Requests- and tokens-per-minute quotas of one deployment, evaluated over a sliding window (real time).
/// Rejected requests consume nothing. Records the peak usage any window saw, for tests that measure demand.
/// </summary>
internal sealed class SlidingWindowQuota
{
    private readonly Lock _lock = new();
    private readonly Queue<(double At, int Tokens)> _entries = new();
    private readonly SimClock _clock;
    private readonly double _window;
    private readonly double _requestCapacity;
    private readonly double _tokenCapacity;
    private readonly double _tolerance;
    private readonly bool _enforce;
    private int _requests;
    private long _tokens;

    public SlidingWindowQuota(SimulatorOptions options, SimClock clock)
    {
        _clock = clock;
        _window = options.Real(options.QuotaWindow).TotalSeconds;
        var share = options.QuotaWindow.TotalSeconds / 60.0;
        _requestCapacity = options.RequestsPerMinute * share;
        _tokenCapacity = options.TokensPerMinute * share;
        _tolerance = options.QuotaTolerance;
        _enforce = options.EnforceQuota;
    }

    public double RequestCapacity => _requestCapacity;

    public double TokenCapacity => _tokenCapacity;

    /// <summary>Highest number of admitted requests any window held.</summary>
    public int PeakRequests { get; private set; }

    public long PeakTokens { get; private set; }

    public QuotaDecision TryAdmit(int tokens)
    {
        lock (_lock)
        {
            var now = _clock.Now;
            while (_entries.TryPeek(out var oldest) && oldest.At + _window <= now)
            {
                _entries.Dequeue();
                _requests--;
                _tokens -= oldest.Tokens;
            }

            var requestLimit = Math.Floor(_requestCapacity * (1 + _tolerance) + 1e-9);
            var tokenLimit = _tokenCapacity * (1 + _tolerance);
            var fits = _requests + 1 <= requestLimit && (_tokens + tokens <= tokenLimit || (_requests == 0 && tokens > tokenLimit));
            if (!fits && _enforce)
            {
                return new QuotaDecision(false, Math.Max(0, _requestCapacity - _requests), Math.Max(0, _tokenCapacity - _tokens), WaitFor(now, tokens, requestLimit, tokenLimit));
            }

            _entries.Enqueue((now, tokens));
            _requests++;
            _tokens += tokens;
            PeakRequests = Math.Max(PeakRequests, _requests);
            PeakTokens = Math.Max(PeakTokens, _tokens);
            return new QuotaDecision(true, Math.Max(0, _requestCapacity - _requests), Math.Max(0, _tokenCapacity - _tokens), TimeSpan.Zero);
        }
    }

    private TimeSpan WaitFor(double now, int tokens, double requestLimit, double tokenLimit)
    {
        var needRequests = _requests + 1 - requestLimit;
        var needTokens = _tokens + Math.Min(tokens, tokenLimit) - tokenLimit;
        double freedRequests = 0, freedTokens = 0;
        foreach (var (at, t) in _entries)
        {
            freedRequests++;
            freedTokens += t;
            if (freedRequests >= needRequests && freedTokens >= needTokens)
            {
                return TimeSpan.FromSeconds(Math.Max(0.001, at + _window - now));
            }
        }

        return TimeSpan.FromSeconds(_window);
    }
}
