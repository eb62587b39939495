using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace ResumeFlow.Llm.Metering;

/// <summary>
/// Thread-safe token and cost totals per model and per scope (e.g. a screening id). Prices come from
/// <c>Llm:Prices:{model}:{Input,CachedInput,Output}</c> in USD per 1M tokens; an unpriced model costs 0.
/// </summary>
public sealed class CostMeter
{
    private readonly Dictionary<string, LlmPrice> _prices;
    private readonly ConcurrentDictionary<string, Accumulator> _byModel = new(StringComparer.OrdinalIgnoreCase);
    private readonly ConcurrentDictionary<string, Accumulator> _byScope = new(StringComparer.Ordinal);

    public CostMeter(IOptions<LlmOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _prices = new Dictionary<string, LlmPrice>(options.Value.Prices, StringComparer.OrdinalIgnoreCase);

        // A deployment is priced by its own optional prices, else by its model's entry in Llm:Prices.
        foreach (var (name, deployment) in options.Value.Deployments)
        {
            if (deployment.Price is { } own)
            {
                _prices[name] = own;
            }
            else if (deployment.Model is { } model && !_prices.ContainsKey(name) && options.Value.Prices.TryGetValue(model, out var byModel))
            {
                _prices[name] = byModel;
            }
        }
    }

    /// <summary>Cost of <paramref name="usage"/> on <paramref name="model"/> without recording it.</summary>
    public decimal Price(string model, LlmUsage usage)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentNullException.ThrowIfNull(usage);
        if (!_prices.TryGetValue(model, out var price))
        {
            return 0m;
        }

        var uncached = Math.Max(0, usage.InputTokens - usage.CachedInputTokens);
        var cost = (uncached * price.Input) + (usage.CachedInputTokens * (price.CachedInput ?? price.Input)) + (usage.OutputTokens * price.Output);
        return cost / 1_000_000m;
    }

    /// <summary>Records one paid request and returns its cost.</summary>
    public decimal Record(string model, LlmUsage usage, string? scope = null)
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

    public CostTotals Total()
    {
        var total = CostTotals.Zero;
        foreach (var t in _byModel.Values.Select(a => a.Snapshot()))
        {
            total = new(total.Requests + t.Requests, total.InputTokens + t.InputTokens, total.CachedInputTokens + t.CachedInputTokens, total.OutputTokens + t.OutputTokens, total.CostUsd + t.CostUsd);
        }

        return total;
    }

    private sealed class Accumulator
    {
        private readonly Lock _lock = new();
        private CostTotals _totals = CostTotals.Zero;

        public void Add(LlmUsage usage, decimal cost)
        {
            lock (_lock)
            {
                _totals = new(_totals.Requests + 1, _totals.InputTokens + usage.InputTokens, _totals.CachedInputTokens + usage.CachedInputTokens, _totals.OutputTokens + usage.OutputTokens, _totals.CostUsd + cost);
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
