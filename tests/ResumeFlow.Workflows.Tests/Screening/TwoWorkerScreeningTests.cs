using System.Text;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Durable.AzureStorage.Worker;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Candidates;
using ResumeFlow.Testing.Emulators;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Tests.Screening;

/// <summary>
/// Two workers (two hosts with their own service providers and lease owner ids) join one Azure Storage task
/// hub on Azurite and share one screening of 400 candidates, the top 20 re-scored by the LLM through the
/// simulator. Both must score; every candidate ends with exactly one result.
/// </summary>
[Collection(AzuriteOrchestrations.Name)]
public sealed class TwoWorkerScreeningTests
{
    private const int Candidates = 400;

    [Fact]
    public async Task Two_workers_on_one_task_hub_both_score_and_every_candidate_gets_exactly_one_result()
    {
        var ct = TestContext.Current.CancellationToken;
        var connectionString = EmulatorEnvironment.Require(EmulatorEnvironment.AzuriteConnectionString, "Azurite");
        var taskHub = TestTaskHub.NewName("two");
        var folder = Directory.CreateTempSubdirectory("resumeflow-two-workers-").FullName;
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions
        {
            ClockFactor = 50,
            TimeToFirstTokenMin = TimeSpan.FromMilliseconds(5),
            TimeToFirstTokenMax = TimeSpan.FromMilliseconds(10),
            OutputTokensPerSecond = 100_000,
        }, ct);

        var (first, firstWrites) = await StartWorkerAsync("worker-a", folder, connectionString, taskHub, simulator, ct);
        using var firstHost = first;
        var (second, secondWrites) = await StartWorkerAsync("worker-b", folder, connectionString, taskHub, simulator, ct);
        using var secondHost = second;

        var ids = new List<string>();
        for (var i = 0; i < Candidates; i++)
        {
            var fileName = $"cv{i:D3}.txt";
            var text = SampleCvs.Mixed(i) + $"\nReference {i:D3}.";
            var id = CandidateId.FromContent(Encoding.UTF8.GetBytes(fileName + "\n" + text));
            await IngestedCandidates.SaveAsync(first.Services, id, fileName, text, ct);
            ids.Add(id);
        }

        var screening = first.Services.GetRequiredService<IScreeningService>();
        var start = await screening.StartAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 20, LlmTopK = 20 } }, ct);
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(ct);
        limit.CancelAfter(TimeSpan.FromMinutes(8));
        var final = await first.Services.GetRequiredService<DurableTaskClient>().WaitForInstanceCompletionAsync(start.InstanceId, getInputsAndOutputs: true, limit.Token);

        Assert.True(final.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage}");
        var results = await screening.GetResultsAsync(start.ScreeningId, cancellationToken: ct);
        Assert.Equal(Candidates, results.Results.Count);
        Assert.Equal(Candidates, results.Results.Select(r => r.Result.CandidateId).Distinct(StringComparer.Ordinal).Count());
        Assert.All(results.Results, r => Assert.Null(r.Result.ErrorCode));
        Assert.Equal(20, results.Results.Count(r => r.Result.LlmScore is not null));
        Assert.True(firstWrites().ResultWrites > 0 && secondWrites().ResultWrites > 0, $"result writes per worker: {firstWrites().ResultWrites}, {secondWrites().ResultWrites}");
        Assert.True(simulator.RequestLog.Snapshot().Count(e => e.Admitted) >= 20);

        await first.StopAsync(CancellationToken.None);
        await second.StopAsync(CancellationToken.None);
    }

    private static async Task<(IHost Host, Func<FailingResultWrites> Writes)> StartWorkerAsync(
        string workerId, string folder, string connectionString, string taskHub, OpenAISimulatorServer simulator, CancellationToken cancellationToken)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
            ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
            ["Llm:Provider"] = nameof(LlmProvider.AzureOpenAI),
            ["Llm:Endpoint"] = simulator.BaseUri.ToString(),
            ["Llm:ApiKey"] = "test-key",
            ["Llm:Deployment"] = "gpt-4o-mini",
            ["Llm:RetryBaseDelay"] = "00:00:00.010",
        });
        builder.Services.AddLogging();
        builder.Services.AddSingleton<IConfiguration>(builder.Configuration);
        builder.Services.AddResumeFlowStorage(builder.Configuration);
        builder.Services.AddResumeFlowLlm();
        builder.Services.AddScreeningWorkflow();

        // The real store, counting the results this worker writes (no failures injected).
        FailingResultWrites? writes = null;
        var real = builder.Services.Last(d => d.ServiceType == typeof(IDocumentStore));
        builder.Services.Remove(real);
        builder.Services.AddSingleton<IDocumentStore>(sp => writes = new FailingResultWrites((IDocumentStore)real.ImplementationFactory!(sp), candidateId: string.Empty, failures: 0));

        void Hub(Durable.AzureStorage.AzureStorageDurableOptions o)
        {
            TestTaskHub.Apply(o, connectionString, taskHub, maxConcurrentActivities: 4, partitionCount: 4);
            o.WorkerId = workerId;
        }

        builder.Services.AddDurableTaskWorker(worker => worker.AddTasks(tasks => tasks.AddResumeFlowTasks()).UseAzureStorage(Hub));
        builder.Services.AddDurableTaskClient(client => client.UseAzureStorage(Hub));
        var host = builder.Build();
        await host.StartAsync(cancellationToken);
        _ = host.Services.GetRequiredService<IDocumentStore>();
        return (host, () => writes!);
    }
}
