using System.Diagnostics;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.Data.Sqlite;
using OpenAISimulator;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Testing;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>
/// The CLI's screen command in a real child process, LLM scorer on against the simulator, killed
/// with SIGKILL half way through the LLM pass and started again with the same arguments: the
/// screening resumes and completes, and no candidate whose LLM score the engine had committed
/// before the kill is sent to the LLM again (the result cache is off, so a re-score would show).
/// </summary>
public sealed partial class ScreeningCrashResumeTests
{
    private const int Candidates = 48;

    private static readonly List<string> ReadErrors = [];

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killed_screen_resumes_the_same_screening_without_rescoring_committed_candidates()
    {
        // ~6 requests per second in 1 s windows (no bursts): the LLM pass takes several seconds, so the kill lands inside it.
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { RequestsPerMinute = 360, TokensPerMinute = 5_000_000, QuotaWindow = TimeSpan.FromSeconds(1), ClockFactor = 1 }, Ct);
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-crash-screen", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(folder, "cvs"));
        try
        {
            await File.WriteAllTextAsync(Path.Combine(folder, "job.md"), ScreeningLlmHost.Job, Ct);
            for (var i = 0; i < Candidates; i++)
            {
                // Only the backend CVs (variants 0 and 1), so none is knocked out before the LLM.
                await File.WriteAllTextAsync(Path.Combine(folder, "cvs", $"cv{i:D2}.txt"), ScreeningLlmHost.Cv((i / 2 * 3) + (i % 2)), Ct);
            }

            string[] args = ["screen", "--job", "job.md", "--cvs", "cvs", "--data", "data", "--out", "out", "--llm-top-k", "1000", "--chunk-size", "8"];
            var engine = Path.Combine(folder, "data", "durable.db");

            HashSet<string> committed;
            using (var first = CliProcess.Start(CliAssembly(), folder, simulator, args))
            {
                var deadline = DateTime.UtcNow.AddSeconds(120);
                while ((committed = ReadCommittedLlmScores(engine)).Count < Candidates / 4)
                {
                    Assert.True(DateTime.UtcNow < deadline, "the first run never got a quarter through the LLM pass");
                    Assert.False(first.Process.HasExited, "the first run exited before it was killed: " + first.Output);
                    await Task.Delay(20, Ct);
                }

                first.Process.Kill(); // SIGKILL on Linux: no shutdown code runs.
                await first.Process.WaitForExitAsync(Ct);
            }

            committed = ReadCommittedLlmScores(engine);
            Assert.True(committed.Count < Candidates, $"the kill came after every LLM score was committed; nothing was tested ({ReadErrors.Count} read errors: {string.Join("; ", ReadErrors.Distinct().Take(3))})");

            string output;
            using (var second = CliProcess.Start(CliAssembly(), folder, simulator, args))
            {
                await second.Process.WaitForExitAsync(Ct).WaitAsync(TimeSpan.FromSeconds(180), Ct);
                second.Process.WaitForExit(); // flushes the asynchronous output readers
                output = second.Output;
                Assert.True(second.Process.ExitCode == 0, $"exit {second.Process.ExitCode}\n{output}");
            }

            Assert.Matches(ResumingLine(), output);
            using var report = JsonDocument.Parse(await File.ReadAllTextAsync(Path.Combine(folder, "out", "report.json"), Ct));
            Assert.Equal(Candidates, report.RootElement.GetProperty("totals").GetProperty("llmScored").GetInt32());
            Assert.Equal(0, report.RootElement.GetProperty("totals").GetProperty("failed").GetInt32());

            // Ingestion asks the LLM for profiles too (same item key); count the scoring requests only.
            var rubric = ScoringRubric.Instructions[..Math.Min(80, ScoringRubric.Instructions.Length)];
            var billed = simulator.RequestLog.Snapshot()
                .Where(e => e.Billed && e.Messages.Any(m => m.Content.Contains(rubric, StringComparison.Ordinal)))
                .GroupBy(e => e.ItemKey)
                .ToDictionary(g => g.Key, g => g.Count());
            Assert.Equal(Candidates, billed.Count);
            Assert.All(committed, id => Assert.True(billed[id] == 1, $"{id} was scored {billed[id]} times though its score was committed before the kill"));
        }
        finally
        {
            try
            {
                Directory.Delete(folder, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }

    /// <summary>
    /// The CLI from its own build output (same configuration as this test): its deps.json describes
    /// that folder, not this test's, which lacks assemblies the CLI needs outside ASP.NET Core's framework.
    /// </summary>
    private static string CliAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = RepositoryPaths.Root;
        Assert.NotNull(root);
        var path = Path.Combine(root, "src", "ResumeFlow.Cli", "bin", configuration, "net10.0", "ResumeFlow.Cli.dll");
        Assert.True(File.Exists(path), $"{path} is missing; the test project's reference builds it");
        return path;
    }

    /// <summary>Candidates whose LLM-pass activity completion the engine had committed (TaskCompleted in an <c>:llm:</c> chunk).</summary>
    private static HashSet<string> ReadCommittedLlmScores(string enginePath)
    {
        var ids = new HashSet<string>(StringComparer.Ordinal);
        if (!File.Exists(enginePath))
        {
            return ids;
        }

        try
        {
            using var connection = new SqliteConnection($"Data Source={enginePath};Mode=ReadOnly;Pooling=False");
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT payload FROM history WHERE instance_id LIKE '%:llm:%' AND event_type = 'TaskCompleted'";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                using var payload = JsonDocument.Parse(reader.GetString(0));
                using var result = JsonDocument.Parse(payload.RootElement.GetProperty("result").GetString()!);
                // The chunk's other activity (reading its range of the candidate set) returns ids, not a score.
                if (result.RootElement.ValueKind == JsonValueKind.Object && result.RootElement.GetProperty("llmScored").GetBoolean())
                {
                    ids.Add(result.RootElement.GetProperty("candidateId").GetString()!);
                }
            }
        }
        catch (SqliteException ex)
        {
            // The engine is creating its schema, or a checkpoint holds the file for a moment.
            ReadErrors.Add(ex.Message);
        }

        return ids;
    }

    /// <summary>A CLI child process whose stdout and stderr are drained as they come (a full pipe would block it).</summary>
    private sealed class CliProcess : IDisposable
    {
        private readonly StringBuilder _output = new();

        private CliProcess(Process process)
        {
            Process = process;
        }

        public Process Process { get; }

        public string Output
        {
            get
            {
                lock (_output)
                {
                    return _output.ToString();
                }
            }
        }

        public static CliProcess Start(string cli, string folder, OpenAISimulatorServer simulator, IEnumerable<string> args)
        {
            var start = new ProcessStartInfo("dotnet")
            {
                WorkingDirectory = folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
            };
            start.ArgumentList.Add(cli);
            foreach (var arg in args)
            {
                start.ArgumentList.Add(arg);
            }

            foreach (var (key, value) in ScreeningLlmHost.Settings(simulator))
            {
                start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
            }

            var process = new Process { StartInfo = start };
            var child = new CliProcess(process);
            process.OutputDataReceived += (_, e) => child.Append(e.Data);
            process.ErrorDataReceived += (_, e) => child.Append(e.Data);
            process.Start();
            process.BeginOutputReadLine();
            process.BeginErrorReadLine();
            return child;
        }

        public void Dispose() => Process.Dispose();

        private void Append(string? line)
        {
            if (line is not null)
            {
                lock (_output)
                {
                    _output.AppendLine(line);
                }
            }
        }
    }

    [GeneratedRegex(@"Resuming screening scr-[0-9a-f]{24}")]
    private static partial Regex ResumingLine();
}
