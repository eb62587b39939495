using System.Collections.Frozen;

namespace ResumeFlow.Llm.Pricing;

/// <summary>
/// Published list prices (USD per 1M tokens, global deployments) of the common OpenAI / Azure OpenAI models, as of
/// <see cref="AsOf"/>. They are defaults so a report is not $0 out of the box; prices change, so a deployment's
/// own price (<c>Pricing:Deployments:{name}</c> or <c>Llm:Prices:{name}</c>) always wins.
/// </summary>
public static class ListPrices
{
    /// <summary>The date the list below was taken from the providers' price pages.</summary>
    public const string AsOf = "2025-08-07";

    public static FrozenDictionary<string, ModelPrice> Models { get; } = new Dictionary<string, ModelPrice>(StringComparer.OrdinalIgnoreCase)
    {
        ["gpt-4o"] = ModelPrice.WithHalfPriceBatch(2.50m, 1.25m, 10.00m),
        ["gpt-4o-mini"] = ModelPrice.WithHalfPriceBatch(0.15m, 0.075m, 0.60m),
        ["gpt-4.1"] = ModelPrice.WithHalfPriceBatch(2.00m, 0.50m, 8.00m),
        ["gpt-4.1-mini"] = ModelPrice.WithHalfPriceBatch(0.40m, 0.10m, 1.60m),
        ["gpt-4.1-nano"] = ModelPrice.WithHalfPriceBatch(0.10m, 0.025m, 0.40m),
        ["gpt-5"] = ModelPrice.WithHalfPriceBatch(1.25m, 0.125m, 10.00m),
        ["gpt-5-mini"] = ModelPrice.WithHalfPriceBatch(0.25m, 0.025m, 2.00m),
        ["gpt-5-nano"] = ModelPrice.WithHalfPriceBatch(0.05m, 0.005m, 0.40m),
        ["o3"] = ModelPrice.WithHalfPriceBatch(2.00m, 0.50m, 8.00m),
        ["o3-mini"] = ModelPrice.WithHalfPriceBatch(1.10m, 0.55m, 4.40m),
        ["o4-mini"] = ModelPrice.WithHalfPriceBatch(1.10m, 0.275m, 4.40m),
        ["gpt-35-turbo"] = ModelPrice.WithHalfPriceBatch(0.50m, 0.50m, 1.50m),
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
}
