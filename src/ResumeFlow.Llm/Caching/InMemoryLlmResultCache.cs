using System.Collections.Concurrent;

namespace ResumeFlow.Llm.Caching;

/// <summary>Process-lifetime cache, used when no <see cref="LlmOptions.CacheDirectory"/> is set.</summary>
internal sealed class InMemoryLlmResultCache : ILlmResultCache
{
    private readonly ConcurrentDictionary<LlmCacheKey, LlmCacheEntry> _entries = new();

    public ValueTask<LlmCacheEntry?> TryGetAsync(LlmCacheKey key, CancellationToken cancellationToken = default) =>
        ValueTask.FromResult(_entries.TryGetValue(key, out var entry) ? entry : null);

    public ValueTask SetAsync(LlmCacheKey key, LlmCacheEntry entry, CancellationToken cancellationToken = default)
    {
        _entries[key] = entry;
        return ValueTask.CompletedTask;
    }

    public ValueTask<int> RemoveItemsAsync(Func<string, bool> itemKeyMatches, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        foreach (var (key, entry) in _entries)
        {
            if (entry.ItemKey is { } item && itemKeyMatches(item) && _entries.TryRemove(key, out _))
            {
                removed++;
            }
        }

        return ValueTask.FromResult(removed);
    }
}
