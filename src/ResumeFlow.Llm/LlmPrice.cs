namespace ResumeFlow.Llm;

/// <summary>Prices in USD per 1M tokens, from <c>Llm:Prices:{model}</c>.</summary>
public sealed class LlmPrice
{
    public decimal Input { get; set; }

    /// <summary>Price of prompt tokens served from the provider's prompt cache; null means the input price.</summary>
    public decimal? CachedInput { get; set; }

    public decimal Output { get; set; }
}
