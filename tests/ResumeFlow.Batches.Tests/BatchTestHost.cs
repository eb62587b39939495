using ResumeFlow.Workflows.Catalogue;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Storage;
using ResumeFlow.Testing.Candidates;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Batches.Tests;

/// <summary>The batch workflow on a chosen executor (the embedded engine or Microsoft's in-process host), against the OpenAI simulator, with SQLite and folder storage.</summary>
internal sealed class BatchTestHost : IAsyncDisposable
{
    private readonly string _folder;
    private readonly DurableTestHost _host;

    private BatchTestHost(string folder, OpenAISimulatorServer simulator, DurableTestHost host)
    {
        _folder = folder;
        Simulator = simulator;
        _host = host;
    }

    public OpenAISimulatorServer Simulator { get; }

    public DurableTaskClient Client => _host.Client;

    public IServiceProvider Services => _host.Services;

    public IBatchService Batches => Services.GetRequiredService<IBatchService>();

    public static async Task<BatchTestHost> StartAsync(OrchestrationExecutor executor, SimulatorOptions simulatorOptions, Action<BatchOptions> configure, CancellationToken cancellationToken, Action<IServiceCollection>? services = null)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-batch-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        simulatorOptions.BatchStartDelay = TimeSpan.FromMilliseconds(50);
        simulatorOptions.BatchLineDuration = TimeSpan.FromMilliseconds(5);
        var simulator = await OpenAISimulatorServer.StartAsync(simulatorOptions, cancellationToken);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
            ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
        }).Build();
        var host = await DurableTestHost.StartAsync(
            registry => registry.AddWorkflowTasks(BatchTasks.All),
            collection =>
            {
                collection.AddResumeFlowStorage(configuration);
                collection.AddResumeFlowLlm(o =>
                {
                    o.Provider = LlmProvider.AzureOpenAI;
                    o.Endpoint = simulator.BaseUri.ToString();
                    o.ApiKey = "test-key";
                    o.Deployment = "gpt-4o-mini";
                });
                collection.AddBatchWorkflow(o =>
                {
                    o.CheckInterval = TimeSpan.FromMilliseconds(300);
                    configure(o);
                });
                services?.Invoke(collection);
            },
            new DurableTestHostOptions { DatabasePath = Path.Combine(folder, "durable.db"), Executor = executor },
            cancellationToken);
        return new BatchTestHost(folder, simulator, host);
    }

    /// <summary>
    /// Stores <paramref name="count"/> ingested candidates (from number <paramref name="first"/>) and, unless
    /// <paramref name="indexed"/> is false (stored before the index existed), indexes them as not yet extracted; returns their ids.
    /// </summary>
    public async Task<IReadOnlyList<string>> AddCandidatesAsync(int count, CancellationToken cancellationToken, bool indexed = true, int first = 0)
    {
        var index = Services.GetRequiredService<ExtractionIndex>();
        var ids = new List<string>();
        for (var i = first; i < first + count; i++)
        {
            var id = await IngestedCandidates.AddAsync(Services, $"cv{i}.txt", Cv(i), cancellationToken);
            if (indexed)
            {
                await index.AddAsync(id, cancellationToken);
            }

            ids.Add(id);
        }

        return ids;
    }

    public async Task<IReadOnlyList<string>> PendingAsync(CancellationToken cancellationToken)
    {
        var pending = new List<string>();
        await foreach (var id in Services.GetRequiredService<ExtractionIndex>().PendingAsync(BatchProfilePrompt.Version, cancellationToken))
        {
            pending.Add(id);
        }

        return pending;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        await Simulator.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }

    private static string Cv(int i) => $"""
        Candidate {i}
        Software Engineer at Contoso {i}, Berlin
        März 2019 – heute
        Built C# services on Azure with Kubernetes and PostgreSQL.
        Developer at Fabrikam, Paris
        janvier 2015 – février 2019
        Skills: C#, .NET, SQL, Docker
        """;
}
