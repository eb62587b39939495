namespace ResumeFlow.Llm.Caching;

/// <summary>A validated reply kept by <see cref="ILlmResultCache"/>, with the usage it cost when it was paid for.</summary>
public sealed record LlmCacheEntry(string Json, string Model, LlmUsage Usage, DateTimeOffset CreatedUtc)
{
    /// <summary>The request's <see cref="LlmRequest.ItemKey"/> (e.g. the candidate id), so an erasure can find the item's entries.</summary>
    public string? ItemKey { get; init; }
}
