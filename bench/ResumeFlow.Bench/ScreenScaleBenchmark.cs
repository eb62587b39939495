using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Documents;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Llm;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Bench;

/// <summary>
/// ScreenCandidates at scale on the embedded engine with the LLM scorer against the simulator
/// (compressed clock): a 1,000-candidate run, then a 10,000-candidate run, each in a fresh data
/// folder. Candidates are the sample CVs with a distinct reference line each (so ids differ),
/// stored as ingestion would store them (ingestion is not what is measured).
/// bound_s = max(LLM requests / RPM, Σ quota tokens / TPM) in real seconds + the mean latency of one
/// request: what the provider's quota allows at best. ratio_to_bound = bound_s / makespan_s.
/// Peak memory is the process's peak working set after each run; the 10,000 run must stay under
/// twice the 1,000 run, which it can only if no CV text is held in orchestration state.
/// </summary>
internal sealed class ScreenScaleBenchmark : IBenchmark
{
    private const string Deployment = "gpt-4o-mini";

    public string Name => "screen-scale";

    public string Description => "ScreenCandidates over 1,000 and 10,000 candidates with the LLM scorer vs the simulator's quota bound";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var large = int.Parse(Option(args, "--candidates") ?? "10000", CultureInfo.InvariantCulture);
        var small = int.Parse(Option(args, "--small") ?? "1000", CultureInfo.InvariantCulture);
        var factor = double.Parse(Option(args, "--clock-factor") ?? "60", CultureInfo.InvariantCulture);
        var requestsPerSecond = double.Parse(Option(args, "--llm-rps") ?? "4", CultureInfo.InvariantCulture);
        var repository = FindRepository();
        var samples = LoadSamples(repository);
        var job = await File.ReadAllTextAsync(Path.Combine(repository, "samples", "jobs", "backend-engineer.md"), cancellationToken);
        Console.WriteLine($"screen-scale: {small} then {large} candidates from {samples.Count} sample CVs; LLM quota {requestsPerSecond} requests/s real (clock factor {factor})");

        var first = await RunOnceAsync(small, samples, job, factor, requestsPerSecond, cancellationToken);
        var peak1000 = BenchOutput.PeakMegabytes();
        Report(first, peak1000);
        var second = await RunOnceAsync(large, samples, job, factor, requestsPerSecond, cancellationToken);
        var peak10000 = BenchOutput.PeakMegabytes();
        Report(second, peak10000);

        BenchOutput.Result(new
        {
            candidates = large,
            makespan_s = Math.Round(second.Makespan, 2),
            bound_s = Math.Round(second.Bound, 2),
            ratio_to_bound = Math.Round(second.Bound / second.Makespan, 3),
            llm_scored = second.LlmScored,
            ratio_to_bound_1000 = Math.Round(first.Bound / first.Makespan, 3),
            peak_mb_1000 = peak1000,
            peak_mb_10000 = peak10000,
            memory_ratio = Math.Round(peak10000 / peak1000, 3),
            lost = first.Lost + second.Lost,
        });
        return first.Lost + second.Lost == 0 ? 0 : 1;
    }

    private static async Task<RunStats> RunOnceAsync(int candidates, IReadOnlyList<string> samples, string job, double factor, double requestsPerSecond, CancellationToken cancellationToken)
    {
        // Simulated quota = real quota / factor; the requests budget binds, tokens have headroom.
        var simulatorOptions = new SimulatorOptions
        {
            ClockFactor = factor,
            RequestsPerMinute = (int)Math.Round(requestsPerSecond * 60 / factor),
            TokensPerMinute = 5_000_000,
            QuotaWindow = TimeSpan.FromSeconds(factor),
            RecordMessages = false,
        };
        await using var simulator = await OpenAISimulatorServer.StartAsync(simulatorOptions, cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-screen-scale", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var host = BuildHost(folder, simulator);
            await host.StartAsync(cancellationToken);
            var ids = await SeedAsync(host.Services, candidates, samples, cancellationToken);
            var screening = host.Services.GetRequiredService<IScreeningService>();
            var client = host.Services.GetRequiredService<DurableTaskClient>();

            var clock = Stopwatch.StartNew();
            var start = await screening.StartAsync(
                new ScreeningRequest { JobText = job, CandidateIds = ids, Options = new ScreeningOptions { LlmTopK = null, ChunkSize = 50 } },
                cancellationToken);
            var final = await FollowAsync(client, start.InstanceId, candidates, clock, cancellationToken);
            var makespan = clock.Elapsed.TotalSeconds;
            if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"screening ended {final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage}");
            }

            var outcome = JsonSerializer.Deserialize<ScreeningOutcome>(final.SerializedOutput!, ScreeningJson.Options)!;
            var log = simulator.RequestLog.Snapshot().Where(e => e.Admitted).ToList();
            var meanLatency = log.Count > 0 ? log.Average(e => e.CompletedAt - e.ReceivedAt) : 0;
            var quotaTokens = log.Sum(e => (long)e.QuotaTokens);
            var realRpm = simulatorOptions.RequestsPerMinute * factor;
            var realTpm = simulatorOptions.TokensPerMinute * factor;
            var bound = Math.Max(log.Count * 60.0 / realRpm, quotaTokens * 60.0 / realTpm) + meanLatency;

            var results = await screening.GetResultsAsync(start.ScreeningId, cancellationToken: cancellationToken);
            var lost = candidates - results.Results.Count(r => r.Result.ErrorCode is null);
            await host.StopAsync(cancellationToken);
            return new RunStats(candidates, makespan, bound, outcome.LlmScored, log.Count, lost);
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

    private static IHost BuildHost(string folder, OpenAISimulatorServer simulator)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
            ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
        });
        builder.Services.AddLogging();
        builder.Services.AddResumeFlowStorage(builder.Configuration);
        builder.Services.AddEmbeddedDurableTask(tasks => tasks.AddResumeFlowTasks(), o =>
        {
            o.DatabasePath = Path.Combine(folder, "durable.db");
            o.MaxConcurrentActivities = 128;
        });
        var s = simulator.Options;
        builder.Services.AddResumeFlowLlm(o =>
        {
            o.Provider = LlmProvider.AzureOpenAI;
            o.Endpoint = simulator.BaseUri.ToString();
            o.ApiKey = "bench-key";
            o.Deployment = Deployment;
            o.RequestsPerMinute = (int)(s.RequestsPerMinute * s.ClockFactor);
            o.TokensPerMinute = (int)Math.Min(int.MaxValue, s.TokensPerMinute * s.ClockFactor);
            o.QuotaWindow = s.QuotaWindow / s.ClockFactor;
            o.MaxConcurrency = 256;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(500);
            o.CacheEnabled = false;
        });
        builder.Services.AddResumeFlowWorkflows();
        return builder.Build();
    }

    /// <summary>Stores the candidates as ingestion would (text, profile and features artifacts + candidate document); returns their ids.</summary>
    internal static async Task<IReadOnlyList<string>> SeedAsync(IServiceProvider services, int count, IReadOnlyList<string> samples, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var artifacts = services.GetRequiredService<IArtifactStore>();
        var features = services.GetRequiredService<CandidateFeatureStore>();
        var ids = new string[count];
        var clock = Stopwatch.StartNew();
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var text = samples[i % samples.Count] + $"\nCandidate reference {i:D6}.";
            var bytes = Encoding.UTF8.GetBytes(text);
            var id = CandidateId.FromContent(bytes);
            using (var stream = new MemoryStream(bytes))
            {
                await artifacts.PutAsync(ArtifactContainers.CvText, IngestionArtifacts.TextName(id), stream, "text/plain; charset=utf-8", ct);
            }

            var profile = ProfileBuilder.Build(text);
            var profileJson = JsonSerializer.SerializeToUtf8Bytes(profile, IngestionJson.Options);
            using (var json = new MemoryStream(profileJson))
            {
                await artifacts.PutAsync(ArtifactContainers.CvProfiles, IngestionArtifacts.ProfileName(id), json, "application/json", ct);
            }

            await features.StoreAsync(id, text, profileJson, profile, ct);

            await documents.UpsertAsync(DocumentContainers.Candidates, id, id, new CandidateDocument
            {
                Id = id,
                FileName = $"candidate-{i:D6}.txt",
                ContentType = "text/plain",
                Size = bytes.Length,
                Status = CandidateStatus.Ingested,
                Artifacts = new CandidateArtifacts($"{ArtifactContainers.Cvs}/{id}", IngestionArtifacts.TextReference(id), IngestionArtifacts.ProfileReference(id)),
            }, cancellationToken: ct);
            ids[i] = id;
        });
        Console.WriteLine($"  seeded {count} candidates in {clock.Elapsed.TotalSeconds:0.0} s");
        return ids;
    }

    private static async Task<OrchestrationMetadata> FollowAsync(DurableTaskClient client, string instanceId, int candidates, Stopwatch clock, CancellationToken cancellationToken)
    {
        var lastPrint = TimeSpan.Zero;
        while (true)
        {
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
            if (metadata is { IsCompleted: true })
            {
                return metadata;
            }

            if (clock.Elapsed - lastPrint >= TimeSpan.FromSeconds(10) && metadata?.SerializedCustomStatus is { } json)
            {
                lastPrint = clock.Elapsed;
                var status = JsonSerializer.Deserialize<ScreeningStatus>(json, ScreeningJson.Options)!;
                Console.WriteLine($"  {clock.Elapsed.TotalSeconds,6:0.0} s  {status.Phase}: scored {status.Completed}/{candidates}, llm {status.LlmCompleted}, chunks {status.ChunksDone}/{status.ChunksTotal}, failed {status.Failed}, eta {status.EtaSeconds:0} s, {BenchOutput.PeakMegabytes()} MB peak");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    internal static IReadOnlyList<string> LoadSamples(string repository)
    {
        var texts = new List<string>();
        foreach (var file in Directory.EnumerateFiles(Path.Combine(repository, "samples", "cvs")).Order(StringComparer.Ordinal))
        {
            texts.Add(DocumentExtractor.Default.Extract(File.ReadAllBytes(file), Path.GetFileName(file)).Text);
        }

        return texts;
    }

    private static string FindRepository()
        => RepositoryRoot.Find() ?? throw new InvalidOperationException("Run from inside the repository (Functions.sln not found).");

    private static void Report(RunStats run, double peakMegabytes) =>
        Console.WriteLine($"  {run.Candidates} candidates: makespan {run.Makespan:0.0} s, bound {run.Bound:0.0} s, ratio {run.Bound / run.Makespan:0.000}, LLM-scored {run.LlmScored} ({run.LlmRequests} requests), lost {run.Lost}, peak {peakMegabytes} MB");

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

    private sealed record RunStats(int Candidates, double Makespan, double Bound, int LlmScored, int LlmRequests, int Lost);
}
