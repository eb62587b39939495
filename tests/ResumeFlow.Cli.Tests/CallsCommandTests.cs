using System.Text.Json;
using OpenAISimulator;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Calls.Reports;

namespace ResumeFlow.Cli.Tests;

public sealed class CallsCommandTests
{
    private const string Candidate = "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa";

    private static readonly string[] Samples =
    [
        "call-01-priya-raman-backend.txt", "gen-01-amara-okafor.teams.vtt", "gen-03-mei-tanaka.srt",
        "broken-empty.txt", "broken-missing-header.vtt",
    ];

    private static void CopySamples(CliTestFolder folder)
    {
        var calls = Directory.CreateDirectory(Path.Combine(folder.Root, "calls")).FullName;
        foreach (var sample in Samples)
        {
            File.Copy(Path.Combine(RepositoryPaths.Root!, "samples", "calls", sample), Path.Combine(calls, sample));
        }

        File.WriteAllText(Path.Combine(calls, "notes.rtf"), "Ann: a note, not a transcript format.");
    }

    private static Dictionary<string, string?> Llm(OpenAISimulatorServer simulator) => new()
    {
        ["Llm:Provider"] = "AzureOpenAI",
        ["Llm:Endpoint"] = simulator.BaseUri.ToString(),
        ["Llm:ApiKey"] = "test-key",
        ["Llm:Deployment"] = "gpt-4o-mini",
    };

    [Fact]
    public async Task Analyze_writes_the_report_and_lists_bad_files_with_their_codes_without_stopping()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await OpenAISimulatorServer.StartAsync(
            new SimulatorOptions { ClockFactor = 50, TimeToFirstTokenMin = TimeSpan.FromMilliseconds(5), TimeToFirstTokenMax = TimeSpan.FromMilliseconds(10), OutputTokensPerSecond = 100_000 },
            ct);
        using var folder = new CliTestFolder();
        CopySamples(folder);

        var run = await folder.RunWithAsync(Llm(simulator), "calls", "analyze", "--transcripts", "calls", "--out", "out", "--candidate", Candidate, "--data", "data");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("skipped broken-empty.txt [transcript_empty]", run.Output, StringComparison.Ordinal);
        Assert.Contains("skipped broken-missing-header.vtt [transcript_missing_webvtt_header]", run.Output, StringComparison.Ordinal);
        Assert.Contains("skipped notes.rtf [transcript_unsupported_format]", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 calls: 3 analysed, 0 not analysed, 3 files skipped.", run.Output, StringComparison.Ordinal);

        var report = JsonSerializer.Deserialize<CallReport>(await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.json"), ct), CallsJson.Options)!;
        Assert.Equal(3, report.Calls.Count(c => c.AnalysisSucceeded));
        Assert.All(report.Calls, c => Assert.Equal(Candidate, c.CandidateId));
        Assert.Equal(Candidate, Assert.Single(report.Aggregate.Candidates).CandidateId);
        var html = await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.html"), ct);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Equal(4, (await File.ReadAllLinesAsync(Path.Combine(folder.Root, "out", "report.csv"), ct)).Count(l => l.Length > 0));
    }

    [Fact]
    public async Task Analyze_without_an_llm_still_writes_the_metrics_report_and_says_why_calls_were_not_analysed()
    {
        using var folder = new CliTestFolder();
        CopySamples(folder);

        var run = await folder.RunAsync("calls", "analyze", "--transcripts", "calls", "--data", "data");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("[llm_not_configured]", run.Output, StringComparison.Ordinal);
        Assert.Contains("3 calls: 0 analysed, 3 not analysed", run.Output, StringComparison.Ordinal);
        var outFolder = Assert.Single(Directory.GetDirectories(Path.Combine(folder.Root, "out"), "calls-*"));
        Assert.True(File.Exists(Path.Combine(outFolder, "report.html")));
    }

    [Theory]
    [InlineData(new[] { "calls", "analyze", "--transcripts", "nowhere", "--data", "data" }, 1, "transcripts_not_found")]
    [InlineData(new[] { "calls", "analyze", "--transcripts", "cvs", "--candidate", "cand-1", "--data", "data" }, 1, "invalid_candidate_id")]
    [InlineData(new[] { "calls", "analyze", "--data", "data" }, 2, "usage")]
    public async Task Bad_calls_command_lines_exit_with_a_stable_code(string[] args, int exitCode, string code)
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync(args);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains($"error [{code}]", run.Error, StringComparison.Ordinal);
    }
}
