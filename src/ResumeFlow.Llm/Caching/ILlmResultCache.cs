namespace ResumeFlow.Llm.Caching;

/// <summary>Validated replies by (input hash, model, prompt version); a hit means nothing is sent.</summary>
public interface ILlmResultCache
{
    ValueTask<LlmCacheEntry?> TryGetAsync(LlmCacheKey key, CancellationToken cancellationToken = default);

    ValueTask SetAsync(LlmCacheKey key, LlmCacheEntry entry, CancellationToken cancellationToken = default);
}
