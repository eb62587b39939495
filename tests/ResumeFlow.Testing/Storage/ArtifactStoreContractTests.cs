using System.Text;
using ResumeFlow.Storage.Artifacts;
using Xunit;

namespace ResumeFlow.Testing.Storage;

/// <summary>
/// What every <see cref="IArtifactStore"/> must do. One subclass per implementation supplies the
/// store; every test works under its own name prefix so stores may be shared between tests.
/// </summary>
public abstract class ArtifactStoreContractTests : StorageContractTests
{
    /// <summary>A name prefix unique to this test.</summary>
    protected string Prefix { get; } = $"t-{Guid.NewGuid():N}/";

    protected IArtifactStore Store => Services.Artifacts;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Put_then_OpenRead_returns_the_same_bytes()
    {
        var bytes = new byte[300_000];
        new Random(42).NextBytes(bytes);
        var name = Prefix + "cv.pdf";

        await PutAsync(ArtifactContainers.Cvs, name, bytes, "application/pdf");

        Assert.Equal(bytes, await ReadAllAsync(ArtifactContainers.Cvs, name));
    }

    [Fact]
    public async Task GetInfo_reports_length_content_type_and_the_etag_put_returned()
    {
        var name = Prefix + "profile.json";
        var before = DateTimeOffset.UtcNow.AddMinutes(-5);

        var etag = await PutAsync(ArtifactContainers.CvProfiles, name, "{\"a\":1}"u8.ToArray(), "application/json");
        var info = await Store.GetInfoAsync(ArtifactContainers.CvProfiles, name, Ct);

        Assert.NotNull(info);
        Assert.Equal(ArtifactContainers.CvProfiles, info.Container);
        Assert.Equal(name, info.Name);
        Assert.Equal(7, info.Length);
        Assert.Equal("application/json", info.ContentType);
        Assert.False(string.IsNullOrEmpty(etag));
        Assert.Equal(etag, info.ETag);
        Assert.InRange(info.LastModified, before, DateTimeOffset.UtcNow.AddMinutes(5));
    }

    [Fact]
    public async Task Put_over_an_existing_artifact_replaces_content_and_changes_etag()
    {
        var name = Prefix + "cv.txt";
        var first = await PutAsync(ArtifactContainers.CvText, name, Encoding.UTF8.GetBytes("first version, longer"), "text/plain");

        var second = await PutAsync(ArtifactContainers.CvText, name, Encoding.UTF8.GetBytes("second"), "text/markdown");

        Assert.NotEqual(first, second);
        Assert.Equal("second", Encoding.UTF8.GetString(await ReadAllAsync(ArtifactContainers.CvText, name)));
        var info = await Store.GetInfoAsync(ArtifactContainers.CvText, name, Ct);
        Assert.NotNull(info);
        Assert.Equal(6, info.Length);
        Assert.Equal("text/markdown", info.ContentType);
        Assert.Equal(second, info.ETag);
    }

    [Fact]
    public async Task OpenRead_of_a_missing_artifact_throws_ArtifactNotFoundException()
    {
        await Assert.ThrowsAsync<ArtifactNotFoundException>(() => Store.OpenReadAsync(ArtifactContainers.Reports, Prefix + "missing.html", Ct));
    }

    [Fact]
    public async Task GetInfo_of_a_missing_artifact_returns_null()
    {
        Assert.Null(await Store.GetInfoAsync(ArtifactContainers.Reports, Prefix + "missing.html", Ct));
    }

    [Fact]
    public async Task Delete_removes_the_artifact_and_reports_whether_there_was_one()
    {
        var name = Prefix + "batch.jsonl";
        await PutAsync(ArtifactContainers.BatchFiles, name, "{}\n"u8.ToArray(), "application/jsonl");

        Assert.True(await Store.DeleteAsync(ArtifactContainers.BatchFiles, name, Ct));
        Assert.False(await Store.DeleteAsync(ArtifactContainers.BatchFiles, name, Ct));
        Assert.Null(await Store.GetInfoAsync(ArtifactContainers.BatchFiles, name, Ct));
        await Assert.ThrowsAsync<ArtifactNotFoundException>(() => Store.OpenReadAsync(ArtifactContainers.BatchFiles, name, Ct));
    }

    [Fact]
    public async Task List_returns_the_artifacts_under_a_prefix_in_name_order()
    {
        string[] names = [Prefix + "b/2.txt", Prefix + "a.txt", Prefix + "b/1.txt", Prefix + "c/deep/x.txt"];
        foreach (var name in names)
        {
            await PutAsync(ArtifactContainers.CvText, name, Encoding.UTF8.GetBytes(name), "text/plain");
        }

        await PutAsync(ArtifactContainers.CvText, $"other-{Guid.NewGuid():N}.txt", [1], "text/plain");

        var all = await ListAsync(ArtifactContainers.CvText, Prefix);
        var underB = await ListAsync(ArtifactContainers.CvText, Prefix + "b/");

        Assert.Equal(names.Order(StringComparer.Ordinal), all.Select(info => info.Name));
        Assert.All(all, info => Assert.Equal(Encoding.UTF8.GetByteCount(info.Name), info.Length));
        Assert.All(all, info => Assert.Equal("text/plain", info.ContentType));
        Assert.Equal([Prefix + "b/1.txt", Prefix + "b/2.txt"], underB.Select(info => info.Name));
    }

    [Fact]
    public async Task List_of_an_unused_prefix_is_empty()
    {
        Assert.Empty(await ListAsync(ArtifactContainers.Reports, Prefix + "nothing-here/"));
    }

    [Theory]
    [InlineData("../escape.txt")]
    [InlineData("a/../../escape.txt")]
    [InlineData("/absolute.txt")]
    [InlineData("a//b.txt")]
    [InlineData("a/./b.txt")]
    [InlineData("trailing/")]
    [InlineData("back\\slash.txt")]
    [InlineData("")]
    public async Task Names_that_could_escape_the_container_are_rejected(string name)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(ArtifactContainers.Cvs, name, new MemoryStream([1]), "text/plain", Ct));

        Assert.Contains("artifact_name_invalid", error.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentException>(() => Store.OpenReadAsync(ArtifactContainers.Cvs, name, Ct));
    }

    [Theory]
    [InlineData("..")]
    [InlineData("Upper")]
    [InlineData("a/b")]
    [InlineData("x")]
    public async Task Invalid_container_names_are_rejected(string container)
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Store.PutAsync(container, Prefix + "a.txt", new MemoryStream([1]), "text/plain", Ct));

        Assert.Contains("artifact_container_invalid", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Concurrent_puts_of_different_names_all_land()
    {
        var names = Enumerable.Range(0, 24).Select(i => $"{Prefix}parallel/{i:D2}.txt").ToArray();

        await Task.WhenAll(names.Select(name => PutAsync(ArtifactContainers.CvText, name, Encoding.UTF8.GetBytes(name), "text/plain")));

        var listed = await ListAsync(ArtifactContainers.CvText, Prefix + "parallel/");
        Assert.Equal(names, listed.Select(info => info.Name));
        foreach (var name in names)
        {
            Assert.Equal(name, Encoding.UTF8.GetString(await ReadAllAsync(ArtifactContainers.CvText, name)));
        }
    }

    protected async Task<string> PutAsync(string container, string name, byte[] content, string contentType)
    {
        using var stream = new MemoryStream(content);
        return await Store.PutAsync(container, name, stream, contentType, Ct);
    }

    protected async Task<byte[]> ReadAllAsync(string container, string name)
    {
        await using var stream = await Store.OpenReadAsync(container, name, Ct);
        using var copy = new MemoryStream();
        await stream.CopyToAsync(copy, Ct);
        return copy.ToArray();
    }

    protected async Task<List<ArtifactInfo>> ListAsync(string container, string prefix)
    {
        var result = new List<ArtifactInfo>();
        await foreach (var info in Store.ListAsync(container, prefix, Ct))
        {
            result.Add(info);
        }

        return result;
    }
}
