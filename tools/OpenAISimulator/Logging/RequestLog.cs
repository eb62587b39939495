using System.Collections.Concurrent;

namespace OpenAISimulator.Logging;

/// <summary>Thread-safe log of every request; tests and benchmarks query it in process or at <c>GET /sim/requests</c>.</summary>
public sealed class RequestLog
{
    private readonly Lock _lock = new();
    private readonly List<RequestLogEntry> _entries = [];
    private readonly ConcurrentDictionary<string, int> _attempts = new(StringComparer.Ordinal);
    private long _sequence;

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _entries.Count;
            }
        }
    }

    public IReadOnlyList<RequestLogEntry> Snapshot()
    {
        lock (_lock)
        {
            return _entries.ToArray();
        }
    }

    public IReadOnlyList<RequestLogEntry> ForItem(string itemKey) => Snapshot().Where(e => e.ItemKey == itemKey).ToArray();

    /// <summary>Billed (HTTP 200) replies per item key: 1 everywhere means nothing lost and nothing paid twice.</summary>
    public IReadOnlyDictionary<string, int> BilledByItem() => Snapshot()
        .Where(e => e.Billed)
        .GroupBy(e => e.ItemKey, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    /// <summary>Requests per item key, billed or not (a batch line resubmitted once counts 2).</summary>
    public IReadOnlyDictionary<string, int> RequestsByItem() => Snapshot()
        .GroupBy(e => e.ItemKey, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    public int CountStatus(int status) => Snapshot().Count(e => e.Status == status);

    public void Clear()
    {
        lock (_lock)
        {
            _entries.Clear();
            _attempts.Clear();
        }
    }

    internal int NextAttempt(string itemKey) => _attempts.AddOrUpdate(itemKey, 1, (_, n) => n + 1);

    internal void Add(RequestLogEntry entry)
    {
        lock (_lock)
        {
            _entries.Add(entry with { Sequence = ++_sequence });
        }
    }
}
