using Microsoft.Extensions.Options;

namespace ResumeFlow.Llm.Pricing;

/// <summary>
/// Resolves a deployment's price: <c>Pricing:Deployments</c>, then <c>Llm:Prices</c> (batch at half price), then the
/// dated <see cref="ListPrices"/> (also for versioned names such as <c>gpt-4o-mini-2024-07-18</c>); otherwise unknown.
/// </summary>
public sealed class PriceCatalog
{
    private readonly PricingOptions _pricing;
    private readonly LlmOptions _llm;

    public PriceCatalog(IOptions<PricingOptions> pricing, IOptions<LlmOptions> llm)
    {
        ArgumentNullException.ThrowIfNull(pricing);
        ArgumentNullException.ThrowIfNull(llm);
        _pricing = pricing.Value;
        _llm = llm.Value;
    }

    public PriceQuote Quote(string model)
    {
        ArgumentException.ThrowIfNullOrEmpty(model);
        if (_pricing.Deployments.TryGetValue(model, out var configured))
        {
            return new(model, configured, "configured");
        }

        if (_llm.Prices.TryGetValue(model, out var legacy))
        {
            return new(model, ModelPrice.WithHalfPriceBatch(legacy.Input, legacy.CachedInput ?? legacy.Input, legacy.Output), "configured");
        }

        // Longest list name the deployment starts with, so "gpt-4o-mini-2024-07-18" is gpt-4o-mini, not gpt-4o.
        var listed = ListPrices.Models.Keys
            .Where(name => model.Equals(name, StringComparison.OrdinalIgnoreCase) || model.StartsWith(name + "-", StringComparison.OrdinalIgnoreCase))
            .MaxBy(name => name.Length);
        return listed is null ? new(model, null, "unknown") : new(model, ListPrices.Models[listed], "list " + ListPrices.AsOf);
    }

    /// <summary>Cost of <paramref name="usage"/> on <paramref name="model"/>, or null when its price is unknown.</summary>
    public decimal? Cost(string model, LlmUsage usage, bool batch) => Quote(model).Price?.Cost(usage, batch);
}
