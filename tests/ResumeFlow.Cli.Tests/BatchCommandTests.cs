using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using OpenAISimulator;

namespace ResumeFlow.Cli.Tests;

/// <summary><c>resumeflow batch</c> against the simulator's Batch API, on the CLI's embedded engine.</summary>
public sealed partial class BatchCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Submit_follows_the_run_to_the_end_and_writes_the_cost_report()
    {
        using var folder = new CliTestFolder();
        await using var simulator = await OpenAISimulatorServer.StartAsync(FastBatches(), Ct);
        var settings = Settings(simulator);
        Assert.Equal(0, (await folder.RunWithAsync(settings, "ingest", "cvs", "--data", "data")).ExitCode);

        var run = await folder.RunWithAsync(settings, "batch", "submit", "--batch-size", "10", "--out", "out", "--data", "data");

        Assert.True(run.ExitCode == 0, run.ToString());
        Assert.Contains("progress: ", run.Output, StringComparison.Ordinal);
        Assert.Contains("done: completed, batches 1/1, lines 3 done 0 failed", run.Output, StringComparison.Ordinal);
        using var cost = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "cost.json"), Ct));
        Assert.Equal(3, cost.RootElement.GetProperty("total").GetProperty("requests").GetInt32());
        Assert.True(File.Exists(Path.Combine(folder.Root, "out", "cost.html")));
        Assert.Equal(3, BatchLines(simulator));

        var id = RunId().Match(run.Output).Groups[1].Value;
        var status = await folder.RunWithAsync(settings, "batch", "status", id, "--data", "data");
        Assert.True(status.ExitCode == 0, status.ToString());
        Assert.Contains($"{id} Completed: completed", status.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Continuous_runs_the_requested_jobs_and_writes_a_cost_report_per_job()
    {
        using var folder = new CliTestFolder();
        await using var simulator = await OpenAISimulatorServer.StartAsync(FastBatches(), Ct);
        var settings = Settings(simulator);
        Assert.Equal(0, (await folder.RunWithAsync(settings, "ingest", "cvs", "--data", "data")).ExitCode);

        var run = await folder.RunWithAsync(settings, "batch", "continuous", "--num-batches", "2", "--batch-size", "1", "--check-interval", "1", "--out", "out", "--data", "data");

        Assert.True(run.ExitCode == 0, run.ToString());
        var id = RunId().Match(run.Output).Groups[1].Value;
        Assert.True(File.Exists(Path.Combine(folder.Root, "out", $"{id}-job0001.cost.json")), run.ToString());
        Assert.True(File.Exists(Path.Combine(folder.Root, "out", $"{id}-job0002.cost.html")), run.ToString());
        Assert.False(File.Exists(Path.Combine(folder.Root, "out", $"{id}-job0003.cost.json")));
        Assert.Equal(2, BatchLines(simulator));
    }

    [Theory]
    [InlineData(new[] { "batch", "status", "nobody", "--data", "data" }, 1, "batch_not_found")]
    [InlineData(new[] { "batch", "cancel", "nobody", "--data", "data" }, 1, "batch_not_found")]
    [InlineData(new[] { "batch", "submit", "--batch-size", "0", "--data", "data" }, 2, "invalid_request")]
    public async Task Bad_batch_command_lines_exit_with_a_stable_code(string[] args, int exitCode, string code)
    {
        using var folder = new CliTestFolder();

        var run = await folder.RunAsync(args);

        Assert.True(run.ExitCode == exitCode, run.ToString());
        Assert.Contains($"error [{code}]", run.Error, StringComparison.Ordinal);
    }

    // Ingestion with an LLM configured also extracts profiles by chat; only the batch lines count here.
    private static int BatchLines(OpenAISimulatorServer simulator) => simulator.RequestLog.Snapshot().Count(e => e.Route == "batch" && e.Billed);

    private static SimulatorOptions FastBatches() => new()
    {
        BatchStartDelay = TimeSpan.FromMilliseconds(50),
        BatchLineDuration = TimeSpan.FromMilliseconds(5),
    };

    private static Dictionary<string, string?> Settings(OpenAISimulatorServer simulator) => new()
    {
        ["Llm:Provider"] = "AzureOpenAI",
        ["Llm:Endpoint"] = simulator.BaseUri.ToString(),
        ["Llm:ApiKey"] = "simulator-key",
        ["Llm:Deployment"] = "gpt-4o-mini",
        ["Llm:CacheEnabled"] = "false",
        ["Batch:CheckInterval"] = TimeSpan.FromMilliseconds(300).ToString("c", CultureInfo.InvariantCulture),
    };

    [GeneratedRegex("Batch run (\\S+) started")]
    private static partial Regex RunId();
}
