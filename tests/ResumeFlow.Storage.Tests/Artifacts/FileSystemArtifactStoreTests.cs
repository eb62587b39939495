using System.Text;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Testing.Storage;

namespace ResumeFlow.Storage.Tests.Artifacts;

/// <summary>Filesystem specifics beyond the shared contract.</summary>
public sealed class FileSystemArtifactStoreTests : IAsyncLifetime
{
    private readonly StorageServices _services = StorageServices.CreateEmbedded();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private string Root => Path.Combine(_services.Folder!, "artifacts");

    public ValueTask InitializeAsync() => ValueTask.CompletedTask;

    public ValueTask DisposeAsync() => _services.DisposeAsync();

    [Fact]
    public async Task Put_stores_the_artifact_as_a_file_in_the_container_folder_and_leaves_no_temp_files()
    {
        await _services.Artifacts.PutAsync(ArtifactContainers.Cvs, "2026/ada.txt", new MemoryStream("Ada"u8.ToArray()), "text/plain", Ct);

        Assert.Equal("Ada", await File.ReadAllTextAsync(Path.Combine(Root, "cvs", "2026", "ada.txt"), Ct));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Root, ".tmp")));
    }

    [Fact]
    public async Task A_failed_write_keeps_the_previous_content()
    {
        await _services.Artifacts.PutAsync(ArtifactContainers.Cvs, "ada.txt", new MemoryStream("original"u8.ToArray()), "text/plain", Ct);

        await Assert.ThrowsAsync<IOException>(
            () => _services.Artifacts.PutAsync(ArtifactContainers.Cvs, "ada.txt", new FailingStream(), "text/plain", Ct));

        Assert.Equal("original", await File.ReadAllTextAsync(Path.Combine(Root, "cvs", "ada.txt"), Ct));
        Assert.Empty(Directory.EnumerateFiles(Path.Combine(Root, ".tmp")));
    }

    [Fact]
    public async Task A_file_dropped_into_the_folder_by_hand_is_listed_with_a_type_from_its_extension()
    {
        Directory.CreateDirectory(Path.Combine(Root, "cvs"));
        await File.WriteAllTextAsync(Path.Combine(Root, "cvs", "dropped.pdf"), "%PDF", Ct);

        var infos = new List<ArtifactInfo>();
        await foreach (var info in _services.Artifacts.ListAsync(ArtifactContainers.Cvs, cancellationToken: Ct))
        {
            infos.Add(info);
        }

        var dropped = Assert.Single(infos);
        Assert.Equal("dropped.pdf", dropped.Name);
        Assert.Equal("application/pdf", dropped.ContentType);
        Assert.Equal(4, dropped.Length);
    }

    [Fact]
    public async Task A_reader_keeps_its_content_while_a_writer_replaces_the_artifact()
    {
        await _services.Artifacts.PutAsync(ArtifactContainers.CvText, "a.txt", new MemoryStream(Encoding.UTF8.GetBytes("old")), "text/plain", Ct);
        await using var reader = await _services.Artifacts.OpenReadAsync(ArtifactContainers.CvText, "a.txt", Ct);

        await _services.Artifacts.PutAsync(ArtifactContainers.CvText, "a.txt", new MemoryStream(Encoding.UTF8.GetBytes("new content")), "text/plain", Ct);

        using var text = new StreamReader(reader);
        Assert.Equal("old", await text.ReadToEndAsync(Ct));
    }

    /// <summary>A stream whose source fails half-way, like a dropped upload.</summary>
    private sealed class FailingStream : MemoryStream
    {
        private int _reads;

        public FailingStream()
            : base(new byte[1024])
        {
        }

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            _reads++ == 0 ? base.ReadAsync(buffer[..10], cancellationToken) : throw new IOException("connection reset");
    }
}
