using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ResumeFlow.Llm.Caching;

/// <summary>One JSON file per key under a folder; writes go to a temp file first so a crash never leaves a torn entry.</summary>
internal sealed class FileLlmResultCache : ILlmResultCache
{
    private readonly string _directory;

    public FileLlmResultCache(string directory)
    {
        _directory = Path.GetFullPath(directory);
        Directory.CreateDirectory(_directory);
    }

    public async ValueTask<LlmCacheEntry?> TryGetAsync(LlmCacheKey key, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        if (!File.Exists(path))
        {
            return null;
        }

        try
        {
            await using var stream = File.OpenRead(path);
            var stored = await JsonSerializer.DeserializeAsync<StoredEntry>(stream, LlmJson.SerializerOptions, cancellationToken).ConfigureAwait(false);

            // The file name is a hash: check the key itself so a collision can never serve another item's result.
            return stored is not null && stored.Key == key ? stored.Entry : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException)
        {
            return null;
        }
    }

    public async ValueTask SetAsync(LlmCacheKey key, LlmCacheEntry entry, CancellationToken cancellationToken = default)
    {
        var path = PathOf(key);
        var temp = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        await using (var stream = File.Create(temp))
        {
            await JsonSerializer.SerializeAsync(stream, new StoredEntry(key, entry), LlmJson.SerializerOptions, cancellationToken).ConfigureAwait(false);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>Reads every entry (erasure is rare; a per-item folder would cost every lookup a level).</summary>
    public async ValueTask<int> RemoveItemsAsync(Func<string, bool> itemKeyMatches, CancellationToken cancellationToken = default)
    {
        var removed = 0;
        foreach (var path in Directory.EnumerateFiles(_directory, "*.json"))
        {
            StoredEntry? stored;
            try
            {
                await using var stream = File.OpenRead(path);
                stored = await JsonSerializer.DeserializeAsync<StoredEntry>(stream, LlmJson.SerializerOptions, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is JsonException or IOException)
            {
                continue;
            }

            if (stored?.Entry.ItemKey is { } item && itemKeyMatches(item))
            {
                File.Delete(path);
                removed++;
            }
        }

        return removed;
    }

    private string PathOf(LlmCacheKey key)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(key.InputHash + "\n" + key.Model + "\n" + key.PromptVersion));
        return Path.Combine(_directory, Convert.ToHexStringLower(hash) + ".json");
    }

    private sealed record StoredEntry(LlmCacheKey Key, LlmCacheEntry Entry);
}
