using System.Collections.Concurrent;

namespace OpenAISimulator.Batches;

/// <summary>Uploaded and generated files, in memory.</summary>
internal sealed class FileStore
{
    private readonly ConcurrentDictionary<string, StoredFile> _files = new(StringComparer.Ordinal);

    public StoredFile Add(string fileName, string purpose, byte[] content)
    {
        var file = new StoredFile("file-" + Guid.NewGuid().ToString("N"), fileName, purpose, content, DateTimeOffset.UtcNow.ToUnixTimeSeconds());
        _files[file.Id] = file;
        return file;
    }

    public StoredFile? Get(string id) => _files.TryGetValue(id, out var file) ? file : null;

    public IReadOnlyList<StoredFile> List() => _files.Values.OrderBy(f => f.CreatedAt).ThenBy(f => f.Id, StringComparer.Ordinal).ToArray();

    public bool Delete(string id) => _files.TryRemove(id, out _);
}
