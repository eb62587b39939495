using System.Diagnostics;
using System.Globalization;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Privacy;

namespace ResumeFlow.Bench;

/// <summary>
/// Overnight profile extraction of 5,000 candidates through the simulator's Batch API on the embedded engine (result
/// cache off, 5 % of lines failing once, the first batch expiring half-way). The baseline is what the standard API
/// would charge for the same lines, measured in the same run: every billed line's usage (cached prompt tokens at the
/// cached price, as chat bills them) at standard prices. cost_ratio_to_standard = the simulator's billed usage at batch
/// prices over that; lost = candidates not extracted; duplicates = lines billed more than once.
/// </summary>
internal sealed class BatchBenchmark : IBenchmark
{
    public string Name => "batch";

    public string Description => "BatchExtractProfiles of 5,000 candidates via the simulator's Batch API vs standard prices of the same lines";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = int.Parse(SimulatorBench.Option(args, "--candidates") ?? "5000", CultureInfo.InvariantCulture);
        var perFile = int.Parse(SimulatorBench.Option(args, "--per-file") ?? "1000", CultureInfo.InvariantCulture);
        var simulatorOptions = new SimulatorOptions
        {
            BatchLineFailureRate = 0.05,
            BatchStartDelay = TimeSpan.FromMilliseconds(200),
            BatchLineDuration = TimeSpan.FromMilliseconds(1),
            RecordMessages = false,
        };
        simulatorOptions.ExpireBatches.Add(1);
        await using var simulator = await OpenAISimulatorServer.StartAsync(simulatorOptions, cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-bench-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            using var host = Build(folder, simulator, perFile);
            await host.StartAsync(cancellationToken);
            var stored = Stopwatch.StartNew();
            // As ingestion leaves them, but with no index row: the job's backfill adds them.
            await ScreenScaleBenchmark.SeedAsync(host.Services, count, Enumerable.Range(0, count).Select(Cv).ToList(), cancellationToken);
            Console.WriteLine($"batch: {count} candidates stored in {stored.Elapsed.TotalSeconds:0.0} s; {perFile} lines per file, 5 % of lines fail once, batch 1 expires");

            var clock = Stopwatch.StartNew();
            var batches = host.Services.GetRequiredService<IBatchService>();
            var instanceId = await batches.SubmitAsync(count, cancellationToken);
            var final = await host.Services.GetRequiredService<DurableTaskClient>().WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
            var seconds = clock.Elapsed.TotalSeconds;
            var result = final.ReadOutputAs<BatchExtractResult>();
            if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed || result is null)
            {
                Console.Error.WriteLine($"batch: {final.RuntimeStatus} {final.FailureDetails?.ErrorMessage}");
                return 1;
            }

            await host.StopAsync(cancellationToken);
            var extracted = await CountExtractedAsync(host.Services, cancellationToken);
            var billed = simulator.RequestLog.Snapshot().Where(e => e.Route == "batch" && e.Billed).ToList();
            var price = ListPrices.Models[SimulatorBench.Deployment];
            var batchCost = billed.Sum(e => price.Cost(Usage(e), batch: true));
            var standardCost = billed.GroupBy(e => e.ItemKey, StringComparer.Ordinal).Sum(g => price.Cost(Usage(g.First()), batch: false));
            var duplicates = billed.GroupBy(e => e.ItemKey, StringComparer.Ordinal).Sum(g => g.Count() - 1);
            var cachedShare = billed.Sum(e => (double)e.CachedTokens) / Math.Max(1, billed.Sum(e => (double)e.PromptTokens));
            Console.WriteLine($"batch: {result.Files.Count} files, {result.Tally.Batches} batches, {result.Tally.Done} done, {result.Tally.Failed} failed, {result.Tally.Resubmitted} resubmitted in {seconds:0.0} s");
            Console.WriteLine($"cost: batch ${batchCost:0.0000} vs standard ${standardCost:0.0000} for the same lines ({cachedShare:P1} of prompt tokens cached at the standard path's cached price)");

            BenchOutput.Result(new
            {
                candidates = count,
                files = result.Files.Count,
                batches = result.Tally.Batches,
                cost_ratio_to_standard = Math.Round(standardCost == 0 ? 0 : batchCost / standardCost, 4),
                batch_cost_usd = Math.Round(batchCost, 4),
                standard_cost_usd = Math.Round(standardCost, 4),
                report_batch_cost_usd = result.Tally.BatchCostUsd is { } reported ? Math.Round(reported, 4) : (decimal?)null,
                cached_prompt_share = Math.Round(cachedShare, 4),
                resubmitted_lines = result.Tally.Resubmitted,
                lost = count - extracted,
                duplicates,
                seconds = Math.Round(seconds, 1),
                peak_mb = BenchOutput.PeakMegabytes(),
            });
            return count == extracted && duplicates == 0 ? 0 : 1;
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

    private static LlmUsage Usage(OpenAISimulator.Logging.RequestLogEntry e) => new(e.PromptTokens, e.CachedTokens, e.CompletionTokens);

    private static IHost Build(string folder, OpenAISimulatorServer simulator, int perFile)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true, EnvironmentName = Environments.Production });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Batch:CheckInterval"] = "00:00:00.500",
            ["Batch:MaxRequestsPerFile"] = perFile.ToString(CultureInfo.InvariantCulture),
            ["Batch:BatchSize"] = "100000",
        });
        DataFolder.ApplyStoreDefaults(builder.Configuration, folder);
        builder.Logging.ClearProviders();
        builder.Services.AddResumeFlowStorage(builder.Configuration);
        builder.Services.AddEmbeddedDurableTask(tasks => tasks.AddResumeFlowTasks());
        builder.Services.AddResumeFlowWorkflows();
        builder.Services.AddResumeFlowLlm(o =>
        {
            o.Provider = LlmProvider.AzureOpenAI;
            o.Endpoint = simulator.BaseUri.ToString();
            o.ApiKey = "bench-key";
            o.Deployment = SimulatorBench.Deployment;
            o.CacheEnabled = false;
        });
        return builder.Build();
    }

    private static async Task<int> CountExtractedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var extracted = 0;
        await foreach (var candidate in services.GetRequiredService<IDocumentStore>().ReadAllAsync<CandidateDocument>(DocumentContainers.Candidates, cancellationToken))
        {
            extracted += candidate.ProfileSource == "llm" ? 1 : 0;
        }

        return extracted;
    }

    private static string Cv(int i) => string.Create(CultureInfo.InvariantCulture, $"""
        Candidate {i}
        Software Engineer at Contoso {i % 97}, Berlin
        März {2015 + (i % 8)} – heute
        Built C# services on Azure with Kubernetes and PostgreSQL (team {i}).
        Developer at Fabrikam {i % 53}, Paris
        janvier {2010 + (i % 5)} – février {2015 + (i % 3)}
        Skills: C#, .NET, SQL, Docker{(i % 2 == 0 ? ", Terraform" : string.Empty)}
        """);
}
