using Microsoft.Extensions.Options;

namespace ResumeFlow.Llm.Pricing;

/// <summary>
/// Resolves a deployment's price, the deployment's own first: <c>Pricing:Deployments:{name}</c>,
/// <c>Llm:Deployments:{name}:Price</c>, <c>Llm:Prices:{name}</c> (batch at half price); then the same for the model behind
/// it (<c>Llm:Deployments:{name}:Model</c>), ending with the dated <see cref="ListPrices"/> (also for versioned names such as
/// <c>gpt-4o-mini-2024-07-18</c>); otherwise unknown.
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
        if (Configured(model) is { } own)
        {
            return new(model, own, "configured");
        }

        var behind = _llm.Deployments.TryGetValue(model, out var deployment) && deployment.Model is { Length: > 0 } m ? m : model;
        if (!string.Equals(behind, model, StringComparison.OrdinalIgnoreCase) && Configured(behind) is { } byModel)
        {
            return new(model, byModel, "configured");
        }

        // Longest list name the model starts with, so "gpt-4o-mini-2024-07-18" is gpt-4o-mini, not gpt-4o.
        var listed = ListPrices.Models.Keys
            .Where(name => behind.Equals(name, StringComparison.OrdinalIgnoreCase) || behind.StartsWith(name + "-", StringComparison.OrdinalIgnoreCase))
            .MaxBy(name => name.Length);
        return listed is null ? new(model, null, "unknown") : new(model, ListPrices.Models[listed], "list " + ListPrices.AsOf);
    }

    /// <summary>Cost of <paramref name="usage"/> on <paramref name="model"/>, or null when its price is unknown.</summary>
    public decimal? Cost(string model, LlmUsage usage, bool batch) => Quote(model).Price?.Cost(usage, batch);

    private ModelPrice? Configured(string name)
    {
        if (_pricing.Deployments.TryGetValue(name, out var configured))
        {
            return configured;
        }

        var own = _llm.Deployments.TryGetValue(name, out var deployment) ? deployment.Price : null;
        return own is not null || _llm.Prices.TryGetValue(name, out own)
            ? ModelPrice.WithHalfPriceBatch(own.Input, own.CachedInput ?? own.Input, own.Output)
            : null;
    }
}
