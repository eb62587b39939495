using System.Diagnostics;
using System.Globalization;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Durable.AzureStorage.Worker;

namespace ResumeFlow.Bench;

/// <summary>
/// Durable activities/s on the Durable Task Framework's Azure Storage provider over Azurite, with 1 and
/// then 2 worker processes on one task hub (a fresh hub each), against the embedded engine's figure for
/// the same flat fan-out measured in the same run (the baseline). Each run: one ScaleOutFanOut of N no-op
/// activities, timed from schedule to completion as the client sees it, workers already joined; every
/// item must come back, and executions are counted per process.
/// </summary>
internal sealed class ScaleOutBenchmark : IBenchmark
{
    private const int Concurrency = 10;

    public string Name => "scale-out";

    public string Description => "Azure Storage task hub on Azurite: activities/s with 1 and 2 worker processes vs the embedded engine; deterministic screening candidates/s on each [--activities N] [--candidates N] [--deterministic-only]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var activities = 500;
        var index = Array.IndexOf(args, "--activities");
        if (index >= 0 && index + 1 < args.Length)
        {
            activities = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
        }

        var candidates = 2_000;
        index = Array.IndexOf(args, "--candidates");
        if (index >= 0 && index + 1 < args.Length)
        {
            candidates = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
        }

        // The deterministic figures alone, for profiling the screening path without the fan-out runs.
        var deterministicOnly = args.Contains("--deterministic-only");
        Console.WriteLine($"scale-out: {activities} no-op activities per run; {Concurrency} concurrent activities per worker; processors: {Environment.ProcessorCount}");
        using var azurite = await AzuriteProcess.StartAsync(cancellationToken);

        var one = deterministicOnly ? new Run(double.NaN, [0], 0) : await RunAzureStorageAsync(azurite.ConnectionString, 1, activities, cancellationToken);
        Console.WriteLine($"1 worker: {one.Rate:F1} activities/s (executions per process: {string.Join(", ", one.PerProcess)})");
        var two = deterministicOnly ? new Run(double.NaN, [0], 0) : await RunAzureStorageAsync(azurite.ConnectionString, 2, activities, cancellationToken);
        Console.WriteLine($"2 workers: {two.Rate:F1} activities/s (executions per process: {string.Join(", ", two.PerProcess)})");

        // The embedded engine (SQLite), same flat fan-out of no-op activities, in this process.
        // When the embedded engine moves to the SDK, run ScaleOutFanOut on it here instead.
        await EngineBenchmark.RunEngineAsync(nameof(EngineBenchmark.FlatFanOut), 200, cancellationToken);
        var sqlite = activities / (await EngineBenchmark.RunEngineAsync(nameof(EngineBenchmark.FlatFanOut), activities, cancellationToken)).TotalSeconds;
        Console.WriteLine($"embedded engine: {sqlite:F0} activities/s");
        Console.WriteLine($"ratio 2 workers / 1 worker: {two.Rate / one.Rate:F2}; 1 worker / embedded engine: {one.Rate / sqlite:F4}");

        // The deterministic pass of a screening (one activity per chunk), same candidates on each executor; the embedded engine is the baseline.
        var repository = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run from inside the repository (Functions.sln not found).");
        var samples = ScreenScaleBenchmark.LoadSamples(repository);
        var job = await File.ReadAllTextAsync(Path.Combine(repository, "samples", "jobs", "backend-engineer.md"), cancellationToken);
        Console.WriteLine($"deterministic screening: {candidates} candidates, no LLM");

        // Warm-up, not reported: the first screening in a process pays JIT and regex compilation, which would be
        // charged to whichever executor runs first.
        await DeterministicScreeningRun.RunAsync(null, Math.Min(candidates, 200), samples, job, cancellationToken);
        var detSqlite = await DeterministicScreeningRun.RunAsync(null, candidates, samples, job, cancellationToken);
        var detAzure = await DeterministicScreeningRun.RunAsync(azurite.ConnectionString, candidates, samples, job, cancellationToken);
        Console.WriteLine($"deterministic pass, candidates/s: embedded {detSqlite.PassPerSecond:F0}, azure storage {detAzure.PassPerSecond:F0}; ratio azure storage / embedded: {detAzure.PassPerSecond / detSqlite.PassPerSecond:F3}");
        Console.WriteLine($"whole screening (the report included), candidates/s: embedded {detSqlite.EndToEndPerSecond:F0}, azure storage {detAzure.EndToEndPerSecond:F0}");

        BenchOutput.Result(new Dictionary<string, object?>
        {
            ["workers_1_act_per_sec"] = Figure(one.Rate, 1),
            ["workers_2_act_per_sec"] = Figure(two.Rate, 1),
            ["scale_ratio"] = Figure(two.Rate / one.Rate, 2),
            ["sqlite_act_per_sec"] = Math.Round(sqlite, 0),
            ["det_candidates_per_sec_sqlite"] = Math.Round(detSqlite.PassPerSecond, 0),
            ["det_candidates_per_sec_azure_storage"] = Math.Round(detAzure.PassPerSecond, 0),
            ["det_ratio_azure_storage_to_sqlite"] = Math.Round(detAzure.PassPerSecond / detSqlite.PassPerSecond, 3),
            ["screening_candidates_per_sec_sqlite"] = Math.Round(detSqlite.EndToEndPerSecond, 0),
            ["screening_candidates_per_sec_azure_storage"] = Math.Round(detAzure.EndToEndPerSecond, 0),
            ["workers_2_min_share"] = Figure(two.PerProcess.Min() / (double)two.PerProcess.Sum(), 2),
            ["lost"] = one.Lost + two.Lost + detSqlite.Lost + detAzure.Lost,
        });
        return 0;
    }

    private static async Task<Run> RunAzureStorageAsync(string connectionString, int workers, int activities, CancellationToken cancellationToken)
    {
        var taskHub = TestTaskHub.NewName("bench");
        var logs = Directory.CreateTempSubdirectory("resumeflow-bench-scaleout-").FullName;
        var processes = new List<WorkerProcess>();
        try
        {
            Environment.SetEnvironmentVariable(TestTaskHub.ConnectionStringVariable, connectionString);
            for (var i = 0; i < workers; i++)
            {
                processes.Add(await WorkerProcess.StartAsync(taskHub, Path.Combine(logs, $"worker-{i}.log"), TimeSpan.Zero, Concurrency, cancellationToken));
            }

            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Services.AddDurableTaskClient(c => c.UseAzureStorage(o => TestTaskHub.Apply(o, connectionString, taskHub, Concurrency)));
            using var host = builder.Build();
            await host.StartAsync(cancellationToken);
            var client = host.Services.GetRequiredService<DurableTaskClient>();

            // Let the workers share out the partitions before timing (lease acquire interval 1 s).
            await Task.Delay(TimeSpan.FromSeconds(5), cancellationToken);
            var stopwatch = Stopwatch.StartNew();
            var id = await client.ScheduleNewOrchestrationInstanceAsync(nameof(ScaleOutFanOut), activities, cancellationToken);
            var result = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken);
            var elapsed = stopwatch.Elapsed;
            if (result.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"fan-out ended {result.RuntimeStatus}: {result.FailureDetails?.ErrorMessage}");
            }

            var returned = result.ReadOutputAs<int[]>() ?? [];
            var lost = activities - returned.Distinct().Count();
            await host.StopAsync(cancellationToken);
            return new Run(activities / elapsed.TotalSeconds, processes.Select(p => p.Executions.Count).ToArray(), lost);
        }
        finally
        {
            foreach (var process in processes)
            {
                await process.DisposeAsync();
            }

            Directory.Delete(logs, recursive: true);
        }
    }

    /// <summary>A rounded figure, or null for one not measured in this run.</summary>
    private static double? Figure(double value, int digits) => double.IsFinite(value) ? Math.Round(value, digits) : null;

    private sealed record Run(double Rate, int[] PerProcess, int Lost);
}
