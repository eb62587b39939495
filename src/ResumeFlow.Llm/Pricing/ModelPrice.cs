namespace ResumeFlow.Llm.Pricing;

/// <summary>
/// Prices of one model in USD per 1M tokens: standard input, cached input and output, and the Batch API's
/// input and output (half the standard price at OpenAI and Azure global batch).
/// </summary>
public sealed record ModelPrice(decimal Input, decimal CachedInput, decimal Output, decimal BatchInput, decimal BatchOutput)
{
    /// <summary>Standard prices with the usual 50 % batch discount.</summary>
    public static ModelPrice WithHalfPriceBatch(decimal input, decimal cachedInput, decimal output) => new(input, cachedInput, output, input / 2, output / 2);

    /// <summary>Cost of <paramref name="usage"/>; batch lines get no separate cached-input discount (billed at the batch input price).</summary>
    public decimal Cost(LlmUsage usage, bool batch)
    {
        ArgumentNullException.ThrowIfNull(usage);
        if (batch)
        {
            return ((usage.InputTokens * BatchInput) + (usage.OutputTokens * BatchOutput)) / 1_000_000m;
        }

        var uncached = Math.Max(0, usage.InputTokens - usage.CachedInputTokens);
        return ((uncached * Input) + (usage.CachedInputTokens * CachedInput) + (usage.OutputTokens * Output)) / 1_000_000m;
    }
}
