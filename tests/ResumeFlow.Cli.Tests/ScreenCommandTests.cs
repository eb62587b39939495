using System.Text.Json;
using System.Text.RegularExpressions;
using ResumeFlow.Workflows.Reports;

namespace ResumeFlow.Cli.Tests;

public sealed partial class ScreenCommandTests
{
    [Fact]
    public async Task Screen_prints_a_ranked_table_and_writes_three_reports_that_agree()
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--out", "out", "--data", "data");

        Assert.True(run.ExitCode == 0, run.ToString());
        var alice = run.Output.IndexOf("alice.md", StringComparison.Ordinal);
        var carol = run.Output.IndexOf("carol.txt", StringComparison.Ordinal);
        var bob = run.Output.IndexOf("bob.txt", StringComparison.Ordinal);
        Assert.True(alice >= 0 && alice < carol && carol < bob, run.ToString());
        Assert.Contains("Reports written to " + Path.Combine(folder.Root, "out"), run.Output, StringComparison.Ordinal);

        var report = JsonSerializer.Deserialize<ScreeningReport>(await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.json"), TestContext.Current.CancellationToken), ScreeningJson.Options)!;
        Assert.Equal(["alice.md", "carol.txt", "bob.txt"], report.Candidates.Select(c => c.FileName!));
        Assert.True(report.Candidates[0].Passed);
        Assert.NotEmpty(report.Candidates[0].Evidence);

        var csv = await File.ReadAllLinesAsync(Path.Combine(folder.Root, "out", "report.csv"), TestContext.Current.CancellationToken);
        Assert.Equal(4, csv.Length);
        Assert.Equal(report.Candidates.Select(c => c.CandidateId), csv.Skip(1).Select(l => l.Split(',')[1]));

        var html = await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.html"), TestContext.Current.CancellationToken);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("alice.md", StringComparison.Ordinal) < html.IndexOf("bob.txt", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Running_the_same_screen_again_finds_the_same_screening_without_reingesting()
    {
        using var folder = new CliTestFolder();
        var first = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--data", "data");
        Assert.True(first.ExitCode == 0, first.ToString());
        var id = ScreeningId().Match(first.Output).Value;
        Assert.NotEmpty(id);

        var second = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--data", "data");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Contains("0 new, 3 already known", second.Output, StringComparison.Ordinal);
        Assert.Contains($"Screening {id} already completed", second.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(folder.Root, "out", "screening-" + id, "report.html")));

        var results = await folder.RunAsync("results", id, "--top", "1", "--data", "data");
        Assert.True(results.ExitCode == 0, results.ToString());
        Assert.Contains("alice.md", results.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("bob.txt", results.Output, StringComparison.Ordinal);

        var status = await folder.RunAsync("status", id, "--data", "data");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains("Completed", status.Output, StringComparison.Ordinal);
        Assert.Contains("\"phase\":\"completed\"", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_option_is_a_different_screening()
    {
        using var folder = new CliTestFolder();
        var first = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--data", "data");
        var second = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--data", "data", "--threshold", "90");

        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.NotEqual(ScreeningId().Match(first.Output).Value, ScreeningId().Match(second.Output).Value);
        Assert.Contains("0 passed", second.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new[] { "screen", "--cvs", "cvs" }, 2, "usage")]
    [InlineData(new[] { "screen", "--job", "job.md", "--cvs", "cvs", "--chunk-size", "many" }, 2, "usage")]
    [InlineData(new[] { "frobnicate" }, 2, "usage")]
    [InlineData(new[] { "screen", "--job", "missing.md", "--cvs", "cvs", "--data", "data" }, 1, "job_file_not_found")]
    [InlineData(new[] { "screen", "--job", "job.md", "--cvs", "nowhere", "--data", "data" }, 1, "cv_path_not_found")]
    [InlineData(new[] { "screen", "--job", "job.md", "--cvs", "cvs", "--chunk-size", "0", "--data", "data" }, 1, "invalid_options")]
    [InlineData(new[] { "screen", "--job", "job.md", "--cvs", "cvs", "--weight", "colour=3", "--data", "data" }, 1, "invalid_weights")]
    [InlineData(new[] { "screen", "--job", "job.md", "--cvs", "cvs", "--weight", "requirement:Cobol=2", "--data", "data" }, 1, "invalid_weights")]
    [InlineData(new[] { "results", "scr-000000000000000000000000", "--data", "data" }, 1, "screening_not_found")]
    [InlineData(new[] { "status", "nobody", "--data", "data" }, 1, "instance_not_found")]
    public async Task Bad_command_lines_exit_with_a_stable_code(string[] args, int exitCode, string code)
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync(args);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains($"error [{code}]", run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("scr-[0-9a-f]{24}")]
    private static partial Regex ScreeningId();
}
