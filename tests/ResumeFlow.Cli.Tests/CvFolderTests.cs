namespace ResumeFlow.Cli.Tests;

/// <summary>One unreadable entry in the CV folder is skipped and reported; the run goes on, and never leaves the folder.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class CvFolderTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Dangling_and_outward_symlinks_and_oversized_files_are_skipped_with_a_code_and_the_rest_is_screened()
    {
        using var folder = new CliTestFolder();
        var outside = Path.Combine(Path.GetTempPath(), "resumeflow-outside-" + Guid.NewGuid().ToString("N") + ".txt");
        await File.WriteAllTextAsync(outside, "Outside Olga\nC# developer since 2010", Ct);
        try
        {
            var cvs = Path.Combine(folder.Root, "cvs");
            File.CreateSymbolicLink(Path.Combine(cvs, "dangling.txt"), Path.Combine(cvs, "gone.txt"));
            File.CreateSymbolicLink(Path.Combine(cvs, "escape.txt"), outside);
            File.CreateSymbolicLink(Path.Combine(cvs, "alias.md"), Path.Combine(cvs, "alice.md"));
            Directory.CreateSymbolicLink(Path.Combine(cvs, "loop"), cvs);
            await File.WriteAllBytesAsync(Path.Combine(cvs, "huge.txt"), new byte[300_000], Ct);

            var run = await folder.RunWithAsync(new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "200000" }, "screen", "--job", "job.md", "--cvs", "cvs", "--data", "data");

            Assert.True(run.ExitCode == 0, run.ToString());
            Assert.Contains("[cv_symlink_dangling] dangling.txt", run.Output, StringComparison.Ordinal);
            Assert.Contains("[cv_symlink_not_followed] escape.txt", run.Output, StringComparison.Ordinal);
            Assert.Contains("[cv_symlink_not_followed] loop", run.Output, StringComparison.Ordinal);
            Assert.Contains("[file_too_large] huge.txt", run.Output, StringComparison.Ordinal);
            Assert.DoesNotContain("Olga", run.Output, StringComparison.Ordinal);
            foreach (var name in new[] { "carol.txt", "bob.txt" })
            {
                Assert.Contains(name, run.Output, StringComparison.Ordinal);
            }

            // The symlink inside the folder is followed; it and its target are one candidate (same bytes), listed once.
            Assert.True(run.Output.Contains("alias.md", StringComparison.Ordinal) ^ run.Output.Contains("alice.md", StringComparison.Ordinal), run.ToString());
        }
        finally
        {
            File.Delete(outside);
        }
    }

    [Fact]
    public async Task The_data_folder_is_created_private()
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync("ingest", "cvs", "--data", "data");

        Assert.True(run.ExitCode == 0, run.ToString());
        var data = Path.Combine(folder.Root, "data");
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, File.GetUnixFileMode(data));
        Assert.All(Directory.EnumerateFiles(data, "*", SearchOption.AllDirectories), f => Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(f)));
    }
}
