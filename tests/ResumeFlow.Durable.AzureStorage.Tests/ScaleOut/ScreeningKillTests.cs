using System.Globalization;
using System.Text;
using Microsoft.DurableTask.Client;
using ResumeFlow.Durable.Hosting.DependencyInjection;
using ResumeFlow.Workflows.Catalogue;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenAISimulator;
using OpenAISimulator.Logging;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Durable.AzureStorage.Worker;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Testing;
using ResumeFlow.Testing.Candidates;
using ResumeFlow.Testing.Emulators;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Durable.AzureStorage.Tests.ScaleOut;

/// <summary>
/// Issue 15's kill test during a screening: two <c>ResumeFlow.Host</c> processes in the Worker role on one task hub
/// on Azurite screen 200 candidates, the top 12 re-scored by the LLM through the simulator; one is SIGKILLed once
/// both have been paid for LLM calls. The survivor takes its partitions over and finishes; every candidate has
/// exactly one result; an LLM call is paid twice only for an activity the victim was running (activities run at
/// least once), so never more often than the victim had activity slots. Each worker calls its own deployment
/// name, so the simulator's log says who paid for what. This process is only the client and holds the stores.
/// </summary>
[Collection(AzuriteTaskHubs.Name)]
public sealed class ScreeningKillTests : IDisposable
{
    private const int Candidates = 200;
    private const int TopK = 12;
    private const int Slots = 4;
    private const string VictimDeployment = "gpt-4o-mini";
    private const string SurvivorDeployment = "gpt-4o-mini-survivor";
    private readonly string _folder = Directory.CreateTempSubdirectory("resumeflow-azs-killscreen-").FullName;

    [Fact]
    public async Task Killed_worker_mid_screening_leaves_the_survivor_to_finish_with_one_result_per_candidate_and_few_calls_paid_twice()
    {
        using var cts = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        cts.CancelAfter(TimeSpan.FromSeconds(170));
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var ct = cts.Token;
        var connectionString = EmulatorEnvironment.Require(EmulatorEnvironment.AzuriteConnectionString, "Azurite");
        var taskHub = TestTaskHub.NewName("killscr");

        // ~4 calls/s per worker and a few hundred ms each: the LLM pass lasts seconds, so the kill lands inside it with calls in flight.
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions
        {
            ClockFactor = 1,
            RequestsPerMinute = 240,
            TokensPerMinute = 50_000_000,
            QuotaWindow = TimeSpan.FromSeconds(1),
            TimeToFirstTokenMin = TimeSpan.FromMilliseconds(200),
            TimeToFirstTokenMax = TimeSpan.FromMilliseconds(400),
            OutputTokensPerSecond = 20_000,
        }, ct);

        var settings = Settings(connectionString, taskHub, simulator);
        await using var victim = await HostWorkerProcess.StartAsync(WithDeployment(settings, VictimDeployment, "victim"), ct);
        await using var survivor = await HostWorkerProcess.StartAsync(WithDeployment(settings, SurvivorDeployment, "survivor"), ct);
        using var client = await StartClientAsync(settings, ct);

        var ids = await SeedAsync(client.Services, ct);
        var screening = client.Services.GetRequiredService<IScreeningService>();
        var start = await screening.StartAsync(
            new ScreeningRequest { JobText = await File.ReadAllTextAsync(Sample("jobs", "backend-engineer.md"), ct), CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 20, LlmTopK = TopK } },
            ct);
        var durable = client.Services.GetRequiredService<DurableTaskClient>();

        // Half way: both workers have been paid for LLM calls and the pass is not over.
        var candidates = ids.ToHashSet(StringComparer.Ordinal);
        while (Billed(simulator, candidates, VictimDeployment).Count == 0 || Billed(simulator, candidates, SurvivorDeployment).Count == 0 || Billed(simulator, candidates, null).Count < TopK / 4)
        {
            var state = await durable.GetInstanceAsync(start.InstanceId, ct);
            Assert.False(state?.IsCompleted ?? false, $"the screening ended ({state?.RuntimeStatus}) before the kill:\nvictim:\n{victim.Output}\nsurvivor:\n{survivor.Output}");
            await Task.Delay(50, ct);
        }

        await victim.KillAsync();
        var victimPaidBeforeKill = Billed(simulator, candidates, VictimDeployment).Count;
        var survivorPaidBeforeKill = Billed(simulator, candidates, SurvivorDeployment).Count;
        var killedAt = clock.Elapsed;
        OrchestrationMetadata final;
        try
        {
            final = await durable.WaitForInstanceCompletionAsync(start.InstanceId, getInputsAndOutputs: true, ct);
        }
        catch (OperationCanceledException)
        {
            var state = await durable.GetInstanceAsync(start.InstanceId, getInputsAndOutputs: true, CancellationToken.None);
            Assert.Fail(string.Create(CultureInfo.InvariantCulture, $"not finished {clock.Elapsed.TotalSeconds:F0} s in (killed at {killedAt.TotalSeconds:F0} s): {state?.RuntimeStatus} {state?.SerializedCustomStatus}; paid {Billed(simulator, candidates, null).Count} (survivor {survivorPaidBeforeKill} before the kill, {Billed(simulator, candidates, SurvivorDeployment).Count} now); requests by deployment and outcome: {string.Join(", ", simulator.RequestLog.Snapshot().GroupBy(e => e.Deployment + "/" + e.Outcome).Select(g => g.Key + "=" + g.Count()))}\nsurvivor:\n{survivor.Output}"));
            throw;
        }

        Assert.True(final.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage}\nsurvivor:\n{survivor.Output}");
        var results = await screening.GetResultsAsync(start.ScreeningId, cancellationToken: ct);
        Assert.Equal(Candidates, results.Results.Count);
        Assert.Equal(candidates.Order(StringComparer.Ordinal), results.Results.Select(r => r.Result.CandidateId).Order(StringComparer.Ordinal));
        Assert.All(results.Results, r => Assert.Null(r.Result.ErrorCode));
        Assert.Equal(TopK, results.Results.Count(r => r.Result.LlmScore is not null));

        var paid = Billed(simulator, candidates, null);
        Assert.True(paid.Count(e => e.Deployment == SurvivorDeployment) > survivorPaidBeforeKill, "the survivor paid for no LLM call after the kill");
        Assert.Equal(TopK, paid.Select(e => e.ItemKey).Distinct(StringComparer.Ordinal).Count());
        var twice = paid.GroupBy(e => e.ItemKey, StringComparer.Ordinal).Where(g => g.Count() > 1).ToList();
        Assert.All(twice, g => Assert.Equal(VictimDeployment, g.OrderBy(e => e.Sequence).First().Deployment));
        Assert.True(
            twice.Sum(g => g.Count() - 1) <= Slots,
            string.Create(CultureInfo.InvariantCulture, $"{twice.Sum(g => g.Count() - 1)} calls paid twice; the victim ran at most {Slots} activities at once ({victimPaidBeforeKill} paid before the kill)"));
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A killed worker's SQLite handles may linger a moment; left for the OS to clean.
        }
    }

    /// <summary>Billed chat calls for the screened candidates (job analysis excluded), of one deployment or all.</summary>
    private static List<RequestLogEntry> Billed(OpenAISimulatorServer simulator, HashSet<string> candidates, string? deployment) =>
        simulator.RequestLog.Snapshot().Where(e => e.Billed && candidates.Contains(e.ItemKey) && (deployment is null || e.Deployment == deployment)).ToList();

    /// <summary>What every process shares: the task hub with test intervals, the stores (one folder) and the LLM.</summary>
    private Dictionary<string, string> Settings(string connectionString, string taskHub, OpenAISimulatorServer simulator) => new(StringComparer.Ordinal)
    {
        ["Durable__Backend"] = "AzureStorage",
        ["Durable__AzureStorage__ConnectionString"] = connectionString,
        ["Durable__AzureStorage__TaskHubName"] = taskHub,
        ["Durable__AzureStorage__PartitionCount"] = "4",
        ["Durable__AzureStorage__MaxConcurrentActivities"] = Slots.ToString(CultureInfo.InvariantCulture),
        ["Durable__AzureStorage__MaxQueuePollingInterval"] = "00:00:00.500",
        ["Durable__AzureStorage__LeaseInterval"] = "00:00:04",
        ["Durable__AzureStorage__LeaseRenewInterval"] = "00:00:01",
        ["Durable__AzureStorage__LeaseAcquireInterval"] = "00:00:01",
        ["Durable__AzureStorage__ControlQueueVisibilityTimeout"] = "00:00:15",
        ["Durable__AzureStorage__WorkItemQueueVisibilityTimeout"] = "00:00:15",
        ["Host__DataDirectory"] = _folder,
        ["Host__ApiKey"] = "kill-test-key",
        ["Storage__Documents__DatabasePath"] = Path.Combine(_folder, "documents.db"),
        ["Storage__Artifacts__RootPath"] = Path.Combine(_folder, "artifacts"),
        ["Llm__Provider"] = nameof(LlmProvider.AzureOpenAI),
        ["Llm__Endpoint"] = simulator.BaseUri.ToString(),
        ["Llm__ApiKey"] = "test-key",
        ["Llm__Deployment"] = VictimDeployment,
        ["Llm__RetryBaseDelay"] = "00:00:00.010",
    };

    private static Dictionary<string, string> WithDeployment(Dictionary<string, string> settings, string deployment, string workerId) =>
        new(settings, StringComparer.Ordinal) { ["Llm__Deployment"] = deployment, ["Durable__AzureStorage__WorkerId"] = workerId };

    /// <summary>The client side in this process: the same settings through configuration, no worker.</summary>
    private static async Task<IHost> StartClientAsync(Dictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var builder = Microsoft.Extensions.Hosting.Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key.Replace("__", ":", StringComparison.Ordinal), s.Value)));
        builder.Configuration["Durable:Role"] = "Front";
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
        builder.Services.AddResumeFlowStorage(builder.Configuration);
        builder.Services.AddResumeFlowLlm();
        builder.Services.AddScreeningWorkflow();
        builder.Services.AddDurableBackend(builder.Configuration, tasks => tasks.AddResumeFlowTasks());
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        return host;
    }

    /// <summary>The repository's text CVs, each with its own reference line so every candidate has its own id, stored as ingestion stores them.</summary>
    private static async Task<List<string>> SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var samples = Directory.GetFiles(Sample("cvs"))
            .Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".txt", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(File.ReadAllText)
            .ToList();
        var ids = new List<string>(Candidates);
        for (var i = 0; i < Candidates; i++)
        {
            var fileName = $"cv{i:D3}.md";
            var text = samples[i % samples.Count] + $"\nReference {i:D3}.";
            var id = CandidateId.FromContent(Encoding.UTF8.GetBytes(fileName + "\n" + text));
            await IngestedCandidates.SaveAsync(services, id, fileName, text, cancellationToken);
            ids.Add(id);
        }

        return ids;
    }

    private static string Sample(params string[] parts) =>
        Path.Combine([RepositoryPaths.Root ?? throw new InvalidOperationException("repository root not found"), "samples", .. parts]);
}
