using System.Text.Json;
using ResumeFlow.Core.Documents;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Analysis.Reports;

namespace ResumeFlow.Cli.Tests;

public sealed class AnalyzeCommandTests
{
    private static string Samples => Path.Combine(RepositoryPaths.Root ?? throw new InvalidOperationException("not in a checkout"), "samples");

    [Theory]
    [InlineData("ravi-patel-python-backend.txt")]
    [InlineData("priya-raman-senior-dotnet.docx")]
    public async Task Analyze_on_a_sample_cv_without_an_llm_lists_the_sections_and_writes_the_four_files(string cv)
    {
        using var folder = new CliTestFolder();
        var ct = TestContext.Current.CancellationToken;

        var run = await folder.RunAsync(
            "analyze", "--cv", Path.Combine(Samples, "cvs", cv), "--job", Path.Combine(Samples, "jobs", "backend-engineer.md"), "--out", "out", "--data", "data", "--no-llm");

        Assert.True(run.ExitCode == 0, run.ToString());
        var outFolder = Path.Combine(folder.Root, "out");
        Assert.All(AnalysisReportWriters.Files, f => Assert.True(File.Exists(Path.Combine(outFolder, f)), f + "\n" + run));
        var report = JsonSerializer.Deserialize<AnalysisReport>(await File.ReadAllTextAsync(Path.Combine(outFolder, AnalysisReportWriters.Json), ct), AnalysisJson.Options)!;
        Assert.Contains(report.Outcomes, o => o.Section == "experience" && o.State == SectionState.Completed);
        Assert.All(report.Outcomes.Where(o => o.State == SectionState.Completed), o => Assert.Equal(SectionOutcome.Deterministic, o.ProducedBy));

        // Progress (one line per section change when not on a terminal: each ends in its final state), then the score, the table and the plan.
        var progress = run.Output.Split('\n').Where(l => l.StartsWith("progress: ", StringComparison.Ordinal)).ToList();
        Assert.All(report.Outcomes, o => Assert.Contains(progress, l => l.StartsWith($"progress: {o.Section} {o.State.ToString().ToLowerInvariant()}", StringComparison.Ordinal)));
        Assert.Contains("Overall score: " + report.OverallScore.ToString("0.#", System.Globalization.CultureInfo.InvariantCulture), run.Output, StringComparison.Ordinal);
        Assert.All(report.Outcomes, o => Assert.Contains(o.Section, run.Output, StringComparison.Ordinal));
        if (report.Plan.Count > 0)
        {
            var first = AnalysisReportWriters.Describe(report.Plan[0]);
            Assert.Contains("1. [" + report.Plan[0].Section + "] " + first[..Math.Min(30, first.Length)], run.Output, StringComparison.Ordinal);
        }

        var html = await File.ReadAllTextAsync(Path.Combine(outFolder, AnalysisReportWriters.Html), ct);
        Assert.Contains("<table id=\"sections\">", html, StringComparison.Ordinal);
        Assert.Contains("<ol id=\"plan\">", html, StringComparison.Ordinal);
        var draft = DocumentExtractor.Default.Extract(await File.ReadAllBytesAsync(Path.Combine(outFolder, AnalysisReportWriters.Docx), ct), "tailored.docx");
        Assert.NotEmpty(draft.Lines);
    }

    [Theory]
    [InlineData(new[] { "analyze", "--job", "job.md" }, 2, "usage")]
    [InlineData(new[] { "analyze", "--cv", "missing.md", "--job", "job.md", "--data", "data" }, 1, "cv_path_not_found")]
    [InlineData(new[] { "analyze", "--cv", "cvs/alice.md", "--job", "missing.md", "--data", "data" }, 1, "job_file_not_found")]
    [InlineData(new[] { "analyze", "--cv", "broken.pdf", "--job", "job.md", "--data", "data" }, 1, "candidate_text_missing")]
    [InlineData(new[] { "analyze", "--cv", "cvs/alice.md", "--job", "job.md", "--data", "data", "--no-llm", "--deployment", "gpt-4o" }, 1, "deployment_unknown")]
    public async Task Bad_analyze_input_exits_with_a_stable_error_code(string[] args, int exitCode, string code)
    {
        using var folder = new CliTestFolder();
        await File.WriteAllTextAsync(Path.Combine(folder.Root, "broken.pdf"), "this is not a PDF", TestContext.Current.CancellationToken);

        var run = await folder.RunAsync(args);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains($"error [{code}]", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(Path.Combine(folder.Root, "out")), run.ToString());
    }
}
