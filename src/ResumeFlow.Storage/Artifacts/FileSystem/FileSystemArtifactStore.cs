using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Microsoft.Extensions.Logging;

namespace ResumeFlow.Storage.Artifacts.FileSystem;

/// <summary>
/// Artifacts as files: <c>{root}/{container}/{name}</c>. Writes go to a temp file that is renamed
/// over the target, so a reader never sees a half-written artifact and a crash leaves the old one.
/// The content type lives in a sidecar under <c>{root}/.meta</c>; the ETag is the file's write stamp.
/// </summary>
internal sealed class FileSystemArtifactStore : IArtifactStore
{
    private const int BufferSize = 81920;
    private const string MetaFolder = ".meta";
    private const string TempFolder = ".tmp";

    private readonly string _root;
    private readonly string _tempRoot;
    private readonly ILogger<FileSystemArtifactStore> _logger;

    public FileSystemArtifactStore(string rootPath, ILogger<FileSystemArtifactStore> logger)
    {
        _root = Path.GetFullPath(rootPath);
        _tempRoot = Path.Combine(_root, TempFolder);
        _logger = logger;
    }

    public async Task<string> PutAsync(string container, string name, Stream content, string contentType, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrWhiteSpace(contentType);

        var path = ContentPath(container, name);
        var metaPath = MetaPath(container, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        Directory.CreateDirectory(Path.GetDirectoryName(metaPath)!);
        Directory.CreateDirectory(_tempRoot);

        var tempContent = Path.Combine(_tempRoot, Guid.NewGuid().ToString("N"));
        var tempMeta = tempContent + ".meta";
        try
        {
            var stream = new FileStream(tempContent, FileMode.CreateNew, FileAccess.Write, FileShare.None, BufferSize, FileOptions.Asynchronous);
            await using (stream.ConfigureAwait(false))
            {
                await content.CopyToAsync(stream, BufferSize, cancellationToken).ConfigureAwait(false);
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);
                stream.Flush(flushToDisk: true);
            }

            await File.WriteAllBytesAsync(tempMeta, JsonSerializer.SerializeToUtf8Bytes(new ArtifactSidecar(contentType)), cancellationToken).ConfigureAwait(false);

            // Sidecar first: a crash between the two renames leaves the old content with the new type, never a torn file.
            File.Move(tempMeta, metaPath, overwrite: true);
            File.Move(tempContent, path, overwrite: true);
        }
        catch
        {
            TryDelete(tempContent);
            TryDelete(tempMeta);
            throw;
        }

        Log.ArtifactWritten(_logger, container, name);
        return ETagOf(new FileInfo(path));
    }

    public Task<Stream> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        cancellationToken.ThrowIfCancellationRequested();
        try
        {
            // FileShare.Delete lets a concurrent writer rename over (or delete) the file while it is being read.
            Stream stream = new FileStream(ContentPath(container, name), FileMode.Open, FileAccess.Read, FileShare.Read | FileShare.Delete, BufferSize, FileOptions.Asynchronous | FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new ArtifactNotFoundException(container, name);
        }
    }

    public async Task<ArtifactInfo?> GetInfoAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        var file = new FileInfo(ContentPath(container, name));
        return file.Exists ? await ToInfoAsync(container, name, file, cancellationToken).ConfigureAwait(false) : null;
    }

    public Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default)
    {
        ArtifactNames.Validate(container, name);
        cancellationToken.ThrowIfCancellationRequested();
        var path = ContentPath(container, name);
        if (!File.Exists(path))
        {
            return Task.FromResult(false);
        }

        File.Delete(path);
        TryDelete(MetaPath(container, name));
        Log.ArtifactDeleted(_logger, container, name);
        return Task.FromResult(true);
    }

    public async IAsyncEnumerable<ArtifactInfo> ListAsync(string container, string? prefix = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArtifactNames.ValidateContainer(container);
        ArtifactNames.ValidatePrefix(prefix);
        var containerPath = ContainerPath(container);
        if (!Directory.Exists(containerPath))
        {
            yield break;
        }

        var files = new List<(string Name, FileInfo File)>();
        foreach (var file in new DirectoryInfo(containerPath).EnumerateFiles("*", SearchOption.AllDirectories))
        {
            var name = Path.GetRelativePath(containerPath, file.FullName).Replace(Path.DirectorySeparatorChar, '/');
            if (prefix is null || name.StartsWith(prefix, StringComparison.Ordinal))
            {
                files.Add((name, file));
            }
        }

        files.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
        foreach (var (name, file) in files)
        {
            cancellationToken.ThrowIfCancellationRequested();
            file.Refresh();
            if (file.Exists)
            {
                yield return await ToInfoAsync(container, name, file, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task<ArtifactInfo> ToInfoAsync(string container, string name, FileInfo file, CancellationToken cancellationToken)
    {
        var contentType = await ReadContentTypeAsync(container, name, cancellationToken).ConfigureAwait(false);
        return new ArtifactInfo(container, name, file.Length, contentType, ETagOf(file), new DateTimeOffset(file.LastWriteTimeUtc, TimeSpan.Zero));
    }

    private async Task<string> ReadContentTypeAsync(string container, string name, CancellationToken cancellationToken)
    {
        try
        {
            var bytes = await File.ReadAllBytesAsync(MetaPath(container, name), cancellationToken).ConfigureAwait(false);
            var sidecar = JsonSerializer.Deserialize<ArtifactSidecar>(bytes);
            if (!string.IsNullOrWhiteSpace(sidecar?.ContentType))
            {
                return sidecar.ContentType;
            }
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException or JsonException)
        {
            // Files dropped into the folder by hand have no sidecar: infer the type from the extension.
        }

        return ContentTypes.FromName(name);
    }

    private string ContainerPath(string container) => Path.Combine(_root, container);

    private string ContentPath(string container, string name) => Resolve(ContainerPath(container), name);

    private string MetaPath(string container, string name) => Resolve(Path.Combine(_root, MetaFolder, container), name) + ".json";

    private static string Resolve(string baseFolder, string name)
    {
        var full = Path.GetFullPath(Path.Combine(baseFolder, name.Replace('/', Path.DirectorySeparatorChar)));

        // Names are validated already; this guards against anything the validation missed.
        if (!full.StartsWith(baseFolder + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        {
            throw new ArgumentException($"artifact_name_invalid: '{name}' resolves outside its container.", nameof(name));
        }

        return full;
    }

    private static string ETagOf(FileInfo file) =>
        string.Create(CultureInfo.InvariantCulture, $"\"{file.LastWriteTimeUtc.Ticks:x}-{file.Length:x}\"");

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // Best effort: a leftover temp or sidecar file is harmless.
        }
    }

    private sealed record ArtifactSidecar(string ContentType);
}
