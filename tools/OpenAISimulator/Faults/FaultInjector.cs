using System.Text.RegularExpressions;

namespace OpenAISimulator.Faults;

/// <summary>
/// Decides the fault of a request: markers in the prompt first (<c>[[sim:500]]</c>, <c>[[sim:503]]</c>,
/// <c>[[sim:timeout]]</c>, <c>[[sim:malformed]]</c>, <c>[[sim:truncated]]</c>, <c>[[sim:content_filter]]</c>,
/// <c>[[sim:429]]</c>; an optional <c> xN</c> applies it to the first N attempts of the item, default 1), then faults
/// injected at run time (<see cref="Inject"/>, <see cref="InjectFor"/>), then the configured rates.
/// </summary>
public sealed partial class FaultInjector
{
    private readonly Lock _lock = new();
    private readonly SimulatorOptions _options;
    private readonly Queue<SimulatorFault> _next = new();
    private readonly Func<double> _now;
    private (SimulatorFault Fault, double Until) _window;

    internal FaultInjector(SimulatorOptions options, Func<double> now)
    {
        _options = options;
        _now = now;
    }

    /// <summary>The next <paramref name="count"/> chat requests (of any item) fail with <paramref name="fault"/>.</summary>
    public void Inject(SimulatorFault fault, int count)
    {
        lock (_lock)
        {
            for (var i = 0; i < count; i++)
            {
                _next.Enqueue(fault);
            }
        }
    }

    /// <summary>Every chat request fails with <paramref name="fault"/> for <paramref name="realDuration"/> of wall-clock time.</summary>
    public void InjectFor(SimulatorFault fault, TimeSpan realDuration)
    {
        lock (_lock)
        {
            _window = (fault, _now() + realDuration.TotalSeconds);
        }
    }

    public void Clear()
    {
        lock (_lock)
        {
            _next.Clear();
            _window = default;
        }
    }

    internal SimulatorFault Decide(string prompt, int attempt, ulong hash)
    {
        foreach (Match match in MarkerPattern().Matches(prompt))
        {
            var kind = match.Groups["kind"].Value.ToLowerInvariant();
            if (kind == "content_filter")
            {
                // A filtered prompt stays filtered however often it is sent.
                return SimulatorFault.ContentFilter;
            }

            var times = match.Groups["n"].Success ? int.Parse(match.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture) : 1;
            if (attempt <= times)
            {
                return kind switch
                {
                    "500" => SimulatorFault.ServerError,
                    "503" => SimulatorFault.ServiceUnavailable,
                    "429" => SimulatorFault.RateLimit,
                    "timeout" => SimulatorFault.Timeout,
                    "malformed" => SimulatorFault.MalformedJson,
                    _ => SimulatorFault.Truncated,
                };
            }
        }

        lock (_lock)
        {
            if (_next.TryDequeue(out var queued))
            {
                return queued;
            }

            if (_window.Fault != SimulatorFault.None && _now() < _window.Until)
            {
                return _window.Fault;
            }
        }

        // One uniform draw per request, split across the configured rates.
        var u = (hash >> 11) * (1.0 / (1UL << 53));
        foreach (var (rate, fault) in new[]
        {
            (_options.ServerErrorRate, SimulatorFault.ServerError),
            (_options.TimeoutRate, SimulatorFault.Timeout),
            (_options.MalformedJsonRate, SimulatorFault.MalformedJson),
            (_options.TruncatedRate, SimulatorFault.Truncated),
        })
        {
            if (u < rate)
            {
                return fault;
            }

            u -= rate;
        }

        return SimulatorFault.None;
    }

    [GeneratedRegex(@"\[\[sim:(?<kind>500|503|429|timeout|malformed|truncated|content_filter)(?:\s*x(?<n>\d+))?\]\]", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MarkerPattern();
}
