namespace ResumeFlow.Llm.Caching;

/// <summary>Validated replies by (input hash, model, prompt version); a hit means nothing is sent.</summary>
public interface ILlmResultCache
{
    ValueTask<LlmCacheEntry?> TryGetAsync(LlmCacheKey key, CancellationToken cancellationToken = default);

    ValueTask SetAsync(LlmCacheKey key, LlmCacheEntry entry, CancellationToken cancellationToken = default);

    /// <summary>Removes every entry whose <see cref="LlmCacheEntry.ItemKey"/> matches (e.g. an erased candidate's); returns how many.</summary>
    ValueTask<int> RemoveItemsAsync(Func<string, bool> itemKeyMatches, CancellationToken cancellationToken = default);
}
