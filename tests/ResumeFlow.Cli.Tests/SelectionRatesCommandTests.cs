using System.Text.Json;
using System.Text.RegularExpressions;
using ResumeFlow.Workflows.Reports;

namespace ResumeFlow.Cli.Tests;

public sealed partial class SelectionRatesCommandTests
{
    [Fact]
    public async Task Selection_rates_print_pass_rates_and_impact_ratios_per_supplied_group()
    {
        using var folder = new CliTestFolder();
        var screen = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--out", "out", "--data", "data");
        Assert.True(screen.ExitCode == 0, screen.ToString());
        var id = ScreeningId().Match(screen.Output).Value;
        var report = JsonSerializer.Deserialize<ScreeningReport>(await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.json"), TestContext.Current.CancellationToken), ScreeningJson.Options)!;
        var lines = report.Candidates.Select(c => $"{c.CandidateId},team,{(c.FileName == "alice.md" ? "north" : "south")}");
        await File.WriteAllTextAsync(Path.Combine(folder.Root, "attributes.csv"), "candidateId,attribute,value\n" + string.Join("\n", lines), TestContext.Current.CancellationToken);

        var run = await folder.RunAsync("selection-rates", "--screening", id, "--attributes", "attributes.csv", "--data", "data");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains($"3 candidates assessed, {report.Totals.Passed} passed", run.Output, StringComparison.Ordinal);
        Assert.Matches(@"north\W+1\W+1\W+1\.000\W+1\.000\W+small group", run.Output);
        Assert.Matches(@"south\W+2\W", run.Output);
    }

    [Theory]
    [InlineData(new[] { "selection-rates", "--screening", "scr-000000000000000000000000", "--attributes", "missing.csv", "--data", "data" }, "attributes_file_not_found")]
    [InlineData(new[] { "selection-rates", "--screening", "scr-000000000000000000000000", "--attributes", "job.md", "--data", "data" }, "invalid_attributes")]
    public async Task Bad_selection_rate_command_lines_exit_with_a_stable_code(string[] args, string code)
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync(args);

        Assert.True(run.ExitCode == 1, run.ToString());
        Assert.Contains($"error [{code}]", run.Error, StringComparison.Ordinal);
    }

    [GeneratedRegex("scr-[0-9a-f]{24}")]
    private static partial Regex ScreeningId();
}
