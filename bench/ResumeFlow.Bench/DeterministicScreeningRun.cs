using System.Diagnostics;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Durable.AzureStorage.Worker;
using ResumeFlow.Durable.Hosting.DependencyInjection;
using ResumeFlow.Storage;
using ResumeFlow.Workflows;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Bench;

/// <summary>
/// The deterministic pass of one screening (no LLM) on the backend the <c>Durable:Backend</c> switch picks, in
/// this process: candidates seeded as ingestion stores them (not timed), then timed from the start of
/// ScreenCandidates to the end of its deterministic pass (the custom status leaves the scoring phase: every candidate
/// scored and its result stored) and to its completion (the ranked report written), as the client sees them. Every
/// candidate must have a result.
/// </summary>
internal static class DeterministicScreeningRun
{
    public static async Task<Figures> RunAsync(
        string? azuriteConnectionString, int candidates, IReadOnlyList<string> samples, string job, CancellationToken cancellationToken)
    {
        var folder = Directory.CreateTempSubdirectory("resumeflow-bench-det-").FullName;
        try
        {
            var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
            builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Durable:Backend"] = azuriteConnectionString is null ? "Sqlite" : "AzureStorage",
                ["Durable:DatabasePath"] = Path.Combine(folder, "durable.db"),
                ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
                ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
            });
            builder.Services.AddLogging();
            builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
            builder.Services.AddResumeFlowStorage(builder.Configuration);
            var taskHub = TestTaskHub.NewName("det");
            builder.Services.AddDurableBackend(
                builder.Configuration,
                tasks => tasks.AddResumeFlowTasks(),
                configureAzureStorage: o => TestTaskHub.Apply(o, azuriteConnectionString!, taskHub, maxConcurrentActivities: 8, partitionCount: 1));
            builder.Services.AddResumeFlowWorkflows();
            using var host = builder.Build();
            await host.StartAsync(cancellationToken);
            try
            {
                var ids = await ScreenScaleBenchmark.SeedAsync(host.Services, candidates, samples, cancellationToken);
                var screening = host.Services.GetRequiredService<IScreeningService>();
                var client = host.Services.GetRequiredService<DurableTaskClient>();

                var clock = Stopwatch.StartNew();
                var start = await screening.StartAsync(
                    new ScreeningRequest { JobText = job, CandidateIds = ids, Options = new ScreeningOptions { UseLlm = false, ChunkSize = 100 } },
                    cancellationToken);
                using var limit = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                limit.CancelAfter(TimeSpan.FromMinutes(10));
                var (final, pass) = await FollowAsync(client, start.InstanceId, clock, limit.Token);
                var seconds = clock.Elapsed.TotalSeconds;
                if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
                {
                    throw new InvalidOperationException($"screening ended {final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage}");
                }

                var outcome = JsonSerializer.Deserialize<ScreeningOutcome>(final.SerializedOutput!, ScreeningJson.Options)!;
                var results = await screening.GetResultsAsync(start.ScreeningId, cancellationToken: cancellationToken);
                var lost = candidates - results.Results.Count(r => r.Result.ErrorCode is null);
                Console.WriteLine(
                    $"  {(azuriteConnectionString is null ? "embedded" : "azure storage")}: {candidates} candidates scored {outcome.Scored}; " +
                    $"deterministic pass {pass:0.00} s, with the report {seconds:0.00} s; lost {lost}");
                return new Figures(candidates / pass, candidates / seconds, lost);
            }
            finally
            {
                await host.StopAsync(CancellationToken.None);
            }
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

    // Polled as a client would, often enough that the pass's end is known to a few tens of milliseconds.
    private static async Task<(OrchestrationMetadata Final, double PassSeconds)> FollowAsync(
        DurableTaskClient client, string instanceId, Stopwatch clock, CancellationToken cancellationToken)
    {
        double? pass = null;
        while (true)
        {
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken);
            if (pass is null && (metadata is { IsCompleted: true } || metadata?.SerializedCustomStatus is { } json
                && JsonSerializer.Deserialize<ScreeningStatus>(json, ScreeningJson.Options)?.Phase is ScreeningPhases.Reporting or ScreeningPhases.Completed))
            {
                pass = clock.Elapsed.TotalSeconds;
            }

            if (metadata is { IsCompleted: true })
            {
                return (metadata, pass!.Value);
            }

            await Task.Delay(TimeSpan.FromMilliseconds(20), cancellationToken);
        }
    }

    /// <summary>Candidates per second through the deterministic pass and through the whole screening.</summary>
    public sealed record Figures(double PassPerSecond, double EndToEndPerSecond, int Lost);
}
