using System.Collections.Concurrent;
using ResumeFlow.Llm.Pricing;

namespace ResumeFlow.Llm.Metering;

/// <summary>
/// Thread-safe token and cost totals per model and per scope (e.g. a screening id), priced by <see cref="PriceCatalog"/>
/// (the deployment's own price first, then the model's, then the dated list prices). A request on a model with no known
/// price costs null, and every total it enters stays null: an unknown cost is never reported as $0.
/// </summary>
public sealed class CostMeter
{
    private readonly PriceCatalog _prices;
    private readonly ConcurrentDictionary<string, Accumulator> _byModel = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Accumulator> _byScope = new(StringComparer.Ordinal);

    public CostMeter(PriceCatalog prices)
    {
        ArgumentNullException.ThrowIfNull(prices);
        _prices = prices;
    }

    /// <summary>Cost of <paramref name="usage"/> on <paramref name="model"/> at standard prices without recording it; null when its price is unknown.</summary>
    public decimal? Price(string model, LlmUsage usage)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(usage);
        return _prices.Cost(model, usage, batch: false);
    }

    /// <summary>Records one paid request and returns its cost (null when the model's price is unknown).</summary>
    public decimal? Record(string model, LlmUsage usage, string? scope = null)
    {
        var cost = Price(model, usage);
        _byModel.GetOrAdd(model, _ => new Accumulator()).Add(usage, cost);
        if (scope is not null)
        {
            _byScope.GetOrAdd(scope, _ => new Accumulator()).Add(usage, cost);
        }

        return cost;
    }

    public CostTotals GetModelTotals(string model) => _byModel.TryGetValue(model, out var a) ? a.Snapshot() : CostTotals.Zero;

    public CostTotals GetScopeTotals(string scope) => _byScope.TryGetValue(scope, out var a) ? a.Snapshot() : CostTotals.Zero;

    public IReadOnlyDictionary<string, CostTotals> ByModel() => _byModel.ToDictionary(p => p.Key, p => p.Value.Snapshot(), StringComparer.OrdinalIgnoreCase);

    public CostTotals Total() => _byModel.Values.Select(a => a.Snapshot()).Aggregate(CostTotals.Zero, (total, t) => total + t);

    private sealed class Accumulator
    {
        private readonly Lock _lock = new();
        private CostTotals _totals = CostTotals.Zero;

        public void Add(LlmUsage usage, decimal? cost)
        {
            lock (_lock)
            {
                _totals += new CostTotals(1, usage.InputTokens, usage.CachedInputTokens, usage.OutputTokens, cost);
            }
        }

        public CostTotals Snapshot()
        {
            lock (_lock)
            {
                return _totals;
            }
        }
    }
}
