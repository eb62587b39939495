using System.Diagnostics;
using System.Globalization;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenAISimulator;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Bench;

/// <summary>
/// AnalyzeResume on the embedded engine with the LLM through the gateway against the simulator (latency 0.7-1.5 s,
/// quota not binding, result cache off): 50 real resumes (rjdb; samples/cvs where ../shared/data is absent or with
/// --corpus samples, a distinct reference line each) against one job, analysed
/// one after another so each latency is what a user waits for (schedule to completion, seen by the client).
/// Baseline in the same run: the same orchestrator with one section task in flight (the section tasks one after
/// another). Critical-path bound of each analysis: over the task graph, a task finishes its simulator-logged latency
/// after its slowest prerequisite; the bound is the latest finish. Real seconds (clock factor 1).
/// </summary>
internal sealed class AnalyzeBenchmark : IBenchmark
{
    private const string Rjdb = "rjdb";
    private const string Samples = "samples";

    public string Name => "analyze";

    public string Description => "AnalyzeResume on 50 CVs (rjdb, or --corpus samples): median latency vs the section tasks run sequentially and vs each analysis's critical path";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = int.Parse(SimulatorBench.Option(args, "--cvs") ?? "50", CultureInfo.InvariantCulture);
        var repository = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run from inside the repository (Functions.sln not found).");
        // Default: 50 real resumes (the matched ones of ../shared/data/rjdb/dev.jsonl); samples/cvs only where that file is absent or asked for.
        var rjdb = QualityBenchmark.DefaultDataPath();
        var hasRjdb = rjdb is not null && File.Exists(rjdb);
        var corpus = SimulatorBench.Option(args, "--corpus");
        if (corpus is null)
        {
            corpus = hasRjdb ? Rjdb : Samples;
            if (!hasRjdb)
            {
                Console.WriteLine($"analyze: {rjdb ?? "../shared/data/rjdb/dev.jsonl"} is absent; falling back to the sample CVs of samples/cvs.");
            }
        }

        IReadOnlyList<string> samples;
        switch (corpus)
        {
            case Rjdb when !hasRjdb:
                Console.Error.WriteLine("data_not_found: ../shared/data/rjdb/dev.jsonl is absent; run with --corpus samples.");
                return 2;
            case Rjdb:
                samples = QualityBenchmark.Read(rjdb!, out _).Take(count).Select(r => r.Matched).ToList();
                break;
            case Samples:
                samples = ScreenScaleBenchmark.LoadSamples(repository);
                break;
            default:
                Console.Error.WriteLine($"unknown_corpus: '{corpus}' (use {Rjdb} or {Samples}).");
                return 2;
        }

        var job = await File.ReadAllTextAsync(Path.Combine(repository, "samples", "jobs", "backend-engineer.md"), cancellationToken);
        var graph = string.Join("; ", AnalysisSections.Graph.Select(t => t.DependsOn.Length == 0 ? t.Name : $"{t.Name} <- {string.Join("+", t.DependsOn)}"));
        Console.WriteLine($"analyze: {count} CVs from {samples.Count} {corpus} CVs against backend-engineer.md, one analysis at a time; graph: {graph}");

        await using var simulator = await OpenAISimulatorServer.StartAsync(
            new SimulatorOptions
            {
                RequestsPerMinute = 1_000_000,
                TokensPerMinute = 1_000_000_000,
                TimeToFirstTokenMin = TimeSpan.FromMilliseconds(700),
                TimeToFirstTokenMax = TimeSpan.FromMilliseconds(1500),
                OutputTokensPerSecond = 1_000_000, // the latency is the 0.7-1.5 s of the brief, not the reply's length
                RecordMessages = false,
            },
            cancellationToken);

        var parallel = await RunAsync("orchestrated", simulator, samples, job, count, maxConcurrency: 5, cancellationToken);
        var sequential = await RunAsync("sequential", simulator, samples, job, count, maxConcurrency: 1, cancellationToken);

        var log = simulator.RequestLog.Snapshot();
        var bounds = parallel.Runs.Select(r => CriticalPath(r, log)).ToList();

        // What any schedule of these graphs could gain over running their tasks back to back: the sum of the task latencies over the critical path.
        var ceiling = Median(parallel.Runs.Zip(bounds, (r, b) => Latencies(r, log).Values.Sum() / b));
        var ratios = parallel.Runs.Zip(bounds, (r, b) => b / r.Seconds).ToList();
        var speedup = Median(sequential.Runs.Select(r => r.Seconds)) / Median(parallel.Runs.Select(r => r.Seconds));
        var ratio = Median(ratios);
        Console.WriteLine($"median latency: orchestrated {Median(parallel.Runs.Select(r => r.Seconds)):0.000} s, sequential {Median(sequential.Runs.Select(r => r.Seconds)):0.000} s, critical path {Median(bounds):0.000} s");
        var failed = parallel.Runs.Concat(sequential.Runs).SelectMany(r => r.Summary.Sections).Where(s => s.State == SectionState.Failed).ToList();
        foreach (var section in failed.GroupBy(s => s.Section + ": " + s.Reason, StringComparer.Ordinal))
        {
            Console.Error.WriteLine($"failed section {section.Key} (x{section.Count()})");
        }

        BenchOutput.Result(new
        {
            corpus,
            cvs = count,
            median_s = Math.Round(Median(parallel.Runs.Select(r => r.Seconds)), 3),
            sequential_median_s = Math.Round(Median(sequential.Runs.Select(r => r.Seconds)), 3),
            critical_path_median_s = Math.Round(Median(bounds), 3),
            speedup_vs_sequential = Math.Round(speedup, 3),
            ratio_to_critical_path = Math.Round(ratio, 3),
            speedup_ceiling = Math.Round(ceiling, 3),
            tasks_per_analysis = Math.Round(parallel.Runs.Average(r => r.Summary.ScheduleOrder.Count), 2),
            fallbacks = parallel.Runs.Sum(r => r.Summary.Fallbacks),
            skipped = parallel.Runs.Sum(r => r.Summary.Skipped),
            failed_sections = parallel.Runs.Sum(r => r.Summary.Sections.Count(s => s.State == SectionState.Failed)),
            llm_sections = parallel.Runs.Sum(r => r.Summary.Sections.Count(s => s.ProducedBy is { } p && p != SectionOutcome.Deterministic)),
            max_concurrency = 5,
            graph,
            // The graphs that actually ran: each analysis's planned sections (a section the CV lacks is not planned), with counts.
            planned = parallel.Runs.GroupBy(r => string.Join(",", r.Summary.Sections.Select(x => x.Section)), StringComparer.Ordinal)
                .OrderByDescending(g => g.Count()).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal),
            peak_mb = BenchOutput.PeakMegabytes(),
        });
        // A failed section changes the graph being timed: the figure is then not one to quote.
        return failed.Count == 0 ? 0 : 1;
    }

    private static async Task<RunSet> RunAsync(string name, OpenAISimulatorServer simulator, IReadOnlyList<string> samples, string job, int count, int maxConcurrency, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-analyze-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var host = BuildHost(folder, simulator, maxConcurrency);
            await host.StartAsync(cancellationToken);
            var services = host.Services;
            var ids = await ScreenScaleBenchmark.SeedAsync(services, count, samples, cancellationToken);
            var jobId = await services.GetRequiredService<Workflows.Screening.IScreeningService>().SaveJobAsync(job, null, cancellationToken);
            var analyses = services.GetRequiredService<IAnalysisService>();
            var client = services.GetRequiredService<DurableTaskClient>();

            // Warm JIT, the engine and connections on one analysis left out of the figures.
            await RunOneAsync(analyses, client, new AnalyzeResumeInput(ids[0], jobId), cancellationToken);
            var runs = new List<Run>(count);
            foreach (var id in ids)
            {
                runs.Add(await RunOneAsync(analyses, client, new AnalyzeResumeInput(id, jobId), cancellationToken));
            }

            Console.WriteLine($"  {name} (max {maxConcurrency} in flight): median {Median(runs.Select(r => r.Seconds)):0.000} s, min {runs.Min(r => r.Seconds):0.000} s, max {runs.Max(r => r.Seconds):0.000} s");
            await host.StopAsync(cancellationToken);
            return new RunSet(runs);
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

    private static async Task<Run> RunOneAsync(IAnalysisService analyses, DurableTaskClient client, AnalyzeResumeInput input, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var id = await analyses.StartAsync(input, cancellationToken);
        var final = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken);
        var seconds = clock.Elapsed.TotalSeconds;
        if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new InvalidOperationException($"analysis {id} ended {final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage}");
        }

        return new Run(id, seconds, final.ReadOutputAs<AnalysisSummary>()!);
    }

    // Longest path through the graph of the tasks that ran, each weighted by the time the simulator spent on it.
    private static double CriticalPath(Run run, IReadOnlyList<OpenAISimulator.Logging.RequestLogEntry> log)
    {
        var latency = Latencies(run, log);
        var finish = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var (name, _, dependsOn, _) in AnalysisSections.Graph)
        {
            var ready = dependsOn.Select(d => finish.GetValueOrDefault(d)).DefaultIfEmpty(0).Max();
            finish[name] = ready + latency.GetValueOrDefault(name);
        }

        return finish.Values.Max();
    }

    // Seconds the simulator spent on each section task of one analysis (every attempt counted).
    private static Dictionary<string, double> Latencies(Run run, IReadOnlyList<OpenAISimulator.Logging.RequestLogEntry> log) =>
        log.Where(e => e.ItemKey.StartsWith(run.Id + "/", StringComparison.Ordinal))
            .GroupBy(e => e.ItemKey[(run.Id.Length + 1)..], StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Sum(e => e.CompletedAt - e.ReceivedAt), StringComparer.Ordinal);

    private static IHost BuildHost(string folder, OpenAISimulatorServer simulator, int maxConcurrency)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
            ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
            ["Analysis:MaxConcurrency"] = maxConcurrency.ToString(CultureInfo.InvariantCulture),
            ["Analysis:CacheResults"] = "false",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
        builder.Services.AddResumeFlowStorage(builder.Configuration);
        builder.Services.AddEmbeddedDurableTask(tasks => tasks.AddResumeFlowTasks(), o => o.DatabasePath = Path.Combine(folder, "durable.db"));
        builder.Services.AddResumeFlowLlm(o =>
        {
            o.Provider = LlmProvider.AzureOpenAI;
            o.Endpoint = simulator.BaseUri.ToString();
            o.ApiKey = "bench-key";
            o.Deployment = SimulatorBench.Deployment;
            o.RequestsPerMinute = simulator.Options.RequestsPerMinute;
            o.TokensPerMinute = simulator.Options.TokensPerMinute;
            o.CacheEnabled = false;
        });
        builder.Services.AddResumeFlowWorkflows();
        return builder.Build();
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count == 0 ? 0 : sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
    }

    private sealed record Run(string Id, double Seconds, AnalysisSummary Summary);

    private sealed record RunSet(IReadOnlyList<Run> Runs);
}
