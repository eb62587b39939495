using System.Net;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Privacy;

namespace ResumeFlow.IntegrationTests.Security;

/// <summary>Candidate data lives in one private folder outside the repository: 0700, its files 0600.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class DataFolderTests
{
    private const UnixFileMode GroupOrOther = UnixFileMode.GroupRead | UnixFileMode.GroupWrite | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherWrite | UnixFileMode.OtherExecute;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void The_default_data_folders_are_per_user_and_outside_the_repository()
    {
        var host = DataFolder.DefaultFor("host");
        var cli = DataFolder.DefaultFor("cli");

        Assert.NotEqual(host, cli);
        Assert.True(Path.IsPathRooted(host));
        Assert.NotNull(RepositoryPaths.Root);
        Assert.False(host.StartsWith(RepositoryPaths.Root!, StringComparison.Ordinal), host);
        Assert.False(cli.StartsWith(RepositoryPaths.Root!, StringComparison.Ordinal), cli);
    }

    [Fact]
    public void An_existing_open_folder_is_tightened_to_0700()
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-datafolder-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        File.SetUnixFileMode(folder, (UnixFileMode)Convert.ToInt32("755", 8));
        try
        {
            var resolved = DataFolder.Resolve(folder, "/", "host");

            Assert.Equal(folder, resolved);
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Every_file_the_host_writes_into_its_data_folder_is_private()
    {
        await using var factory = new IngestionHostFactory(new Dictionary<string, string?> { ["Host:ApiKey"] = null });
        using var client = factory.CreateClient(withKey: false);
        var key = (await File.ReadAllTextAsync(Path.Combine(factory.Folder, "host-api-key"), Ct)).Trim();
        client.DefaultRequestHeaders.Add("x-functions-key", key);

        using var upload = await client.PostAsync("/api/cvs?fileName=cv.txt", new StringContent("Jane Private\nC# developer since 2015"), Ct);
        Assert.Equal(HttpStatusCode.Accepted, upload.StatusCode);
        var instanceId = System.Text.Json.JsonDocument.Parse(await upload.Content.ReadAsStringAsync(Ct)).RootElement.GetProperty("id").GetString()!;
        await IngestionHostFactory.WaitForStatusAsync(client, instanceId, Ct);

        Assert.Equal((UnixFileMode)0, File.GetUnixFileMode(factory.Folder) & GroupOrOther);
        var entries = Directory.EnumerateFileSystemEntries(factory.Folder, "*", SearchOption.AllDirectories).ToList();
        Assert.Contains(entries, e => e.EndsWith("documents.db", StringComparison.Ordinal));
        Assert.Contains(entries, e => e.EndsWith("cv.txt", StringComparison.Ordinal));
        Assert.All(entries, e => Assert.True((File.GetUnixFileMode(e) & GroupOrOther) == 0, $"{e} is {File.GetUnixFileMode(e)}"));
    }
}
