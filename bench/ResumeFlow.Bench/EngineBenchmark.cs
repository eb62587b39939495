using System.Diagnostics;
using System.Globalization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Durable.Worker;

namespace ResumeFlow.Bench;

/// <summary>
/// Durable fan-out throughput of the embedded engine behind the Durable Task SDK (worker and client
/// from <c>UseSqlite</c>): 10,000 no-op activities flat in one
/// orchestration, then through 200 sub-orchestrations of 50, each on a fresh SQLite file; the
/// baseline is the same no-op activity run as a bare <c>Task.WhenAll</c> in the same process.
/// </summary>
internal sealed class EngineBenchmark : IBenchmark
{
    public string Name => "engine";

    public string Description => "durable engine fan-out: 10,000 no-op activities flat and in 200 chunks of 50 vs bare Task.WhenAll [--activities N]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var activities = 10_000;
        var index = Array.IndexOf(args, "--activities");
        if (index >= 0 && index + 1 < args.Length)
        {
            activities = int.Parse(args[index + 1], CultureInfo.InvariantCulture);
        }

        const int chunkSize = 50;
        Console.WriteLine($"engine: {activities} no-op activities; processors: {Environment.ProcessorCount}");

        // Warm-up (JIT, SQLite) on a throwaway file, not measured.
        await RunEngineAsync(nameof(FlatFanOut), 200, cancellationToken);
        await RunBaselineAsync(1_000);

        var baseline = await RunBaselineAsync(activities);
        Console.WriteLine($"baseline Task.WhenAll: {baseline.TotalMilliseconds:F1} ms ({activities / baseline.TotalSeconds:F0}/s)");

        var flat = await RunEngineAsync(nameof(FlatFanOut), activities, cancellationToken);
        Console.WriteLine($"flat: {flat.TotalMilliseconds:F0} ms ({activities / flat.TotalSeconds:F0} activities/s)");

        var chunked = await RunEngineAsync(nameof(ChunkedFanOut), new ChunkedInput(activities, chunkSize), cancellationToken);
        Console.WriteLine($"chunked ({activities / chunkSize} sub-orchestrations of {chunkSize}): {chunked.TotalMilliseconds:F0} ms ({activities / chunked.TotalSeconds:F0} activities/s)");

        var flatRate = activities / flat.TotalSeconds;
        var baselineRate = activities / baseline.TotalSeconds;
        Console.WriteLine($"ratio flat/baseline: {flatRate / baselineRate:F4}");
        BenchOutput.Result(new Dictionary<string, object>
        {
            ["activities_per_sec_flat"] = Math.Round(flatRate, 0),
            ["activities_per_sec_chunked"] = Math.Round(activities / chunked.TotalSeconds, 0),
            ["overhead_us_per_activity"] = Math.Round((flat - baseline).TotalMicroseconds / activities, 1),
            ["peak_mb"] = BenchOutput.PeakMegabytes(),
            ["baseline_activities_per_sec"] = Math.Round(baselineRate, 0),
        });
        return 0;
    }

    private static async Task<TimeSpan> RunBaselineAsync(int activities)
    {
        var noOp = new NoOp();
        var stopwatch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, activities).Select(i => Task.Run(() => noOp.RunAsync(new EmbeddedActivityContext(nameof(NoOp), "baseline", 1), i))));
        return stopwatch.Elapsed;
    }

    internal static async Task<TimeSpan> RunEngineAsync(string orchestrator, object input, CancellationToken cancellationToken)
    {
        var directory = Path.Combine(Path.GetTempPath(), "resumeflow-bench-engine-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        try
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Services.AddLogging(l => l.SetMinimumLevel(LogLevel.Warning));
            builder.Services.AddDurableTaskWorker(b =>
            {
                b.AddTasks(r =>
                {
                    r.AddOrchestrator<FlatFanOut>();
                    r.AddOrchestrator<ChunkedFanOut>();
                    r.AddActivity<NoOp>();
                });
                b.UseSqlite(o => o.DatabasePath = Path.Combine(directory, "durable.db"));
            });
            builder.Services.AddDurableTaskClient(b => b.UseSqlite());
            using var host = builder.Build();
            await host.StartAsync(cancellationToken);
            var client = host.Services.GetRequiredService<DurableTaskClient>();

            var stopwatch = Stopwatch.StartNew();
            var id = await client.ScheduleNewOrchestrationInstanceAsync(orchestrator, input, cancellationToken);
            var result = await client.WaitForInstanceCompletionAsync(id, getInputsAndOutputs: true, cancellationToken);
            var elapsed = stopwatch.Elapsed;
            if (result.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new InvalidOperationException($"{orchestrator} ended {result.RuntimeStatus}: {result.FailureDetails?.ErrorMessage}");
            }

            await host.StopAsync(cancellationToken);
            return elapsed;
        }
        finally
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    internal sealed record ChunkedInput(int Activities, int ChunkSize);

    internal sealed class NoOp : TaskActivity<int, int>
    {
        public override Task<int> RunAsync(TaskActivityContext context, int input) => Task.FromResult(input);
    }

    internal sealed class FlatFanOut : TaskOrchestrator<int, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
        {
            var results = await Task.WhenAll(Enumerable.Range(0, input).Select(i => context.CallActivityAsync<int>(nameof(NoOp), i)));
            return results.Length;
        }
    }

    internal sealed class ChunkedFanOut : TaskOrchestrator<ChunkedInput, int>
    {
        public override async Task<int> RunAsync(TaskOrchestrationContext context, ChunkedInput input)
        {
            var chunks = Enumerable.Range(0, input.Activities / input.ChunkSize)
                .Select(_ => context.CallSubOrchestratorAsync<int>(nameof(FlatFanOut), input.ChunkSize));
            return (await Task.WhenAll(chunks)).Sum();
        }
    }
}
