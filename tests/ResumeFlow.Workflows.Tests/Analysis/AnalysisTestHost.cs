using ResumeFlow.Workflows.Catalogue;
using System.Text;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Candidates;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Analysis;

namespace ResumeFlow.Workflows.Tests.Analysis;

/// <summary>
/// AnalyzeResume on the chosen executor (the embedded engine or Microsoft's in-process host) over the embedded
/// stores in a temp folder, with the LLM (when asked for) through the real gateway against the simulator.
/// </summary>
internal sealed class AnalysisTestHost : IAsyncDisposable
{
    private readonly DurableTestHost _host;
    private readonly OpenAISimulatorServer? _simulator;
    private readonly string _folder;

    private AnalysisTestHost(DurableTestHost host, OpenAISimulatorServer? simulator, string folder)
    {
        _host = host;
        _simulator = simulator;
        _folder = folder;
        Service = host.Services.GetRequiredService<IAnalysisService>();
    }

    public IAnalysisService Service { get; }

    public DurableTaskClient Client => _host.Client;

    public OpenAISimulatorServer Simulator => _simulator ?? throw new InvalidOperationException("Started without the simulator.");

    public IArtifactStore Artifacts => _host.Services.GetRequiredService<IArtifactStore>();

    public static async Task<AnalysisTestHost> StartAsync(
        IReadOnlyDictionary<string, string?> settings,
        SimulatorOptions? simulator,
        Action<LlmOptions>? llm,
        OrchestrationExecutor executor,
        CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-analysis-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var server = simulator is null ? null : await OpenAISimulatorServer.StartAsync(simulator, cancellationToken);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
                ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
            })
            .AddInMemoryCollection(settings)
            .Build();
        var host = await DurableTestHost.StartAsync(
            registry => registry.AddWorkflowTasks(AnalysisTasks.All),
            services =>
            {
                services.AddSingleton<IConfiguration>(configuration);
                services.AddResumeFlowStorage(configuration);
                if (server is not null)
                {
                    services.AddResumeFlowLlm(o =>
                    {
                        o.Endpoint = server.BaseUri.ToString();
                        o.ApiKey = "test-key";
                        o.Deployment = "primary";
                        o.RequestsPerMinute = 100_000;
                        o.TokensPerMinute = 100_000_000;
                        o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
                        o.MaxRetryDelay = TimeSpan.FromMilliseconds(200);
                        o.CacheEnabled = false;
                        llm?.Invoke(o);
                    });
                }

                services.AddAnalysisWorkflow();
            },
            new DurableTestHostOptions { DatabasePath = Path.Combine(folder, "durable.db"), Executor = executor },
            cancellationToken);
        return new AnalysisTestHost(host, server, folder);
    }

    public async Task<AnalyzeResumeInput> AddAsync(string cvText, string jobText, CancellationToken cancellationToken)
    {
        var id = CandidateId.FromContent(Encoding.UTF8.GetBytes(cvText));
        await IngestedCandidates.SaveAsync(_host.Services, id, "cv.txt", cvText, cancellationToken);
        var job = JobAnalyzer.Analyze(jobText);
        await _host.Services.GetRequiredService<IDocumentStore>().UpsertAsync(DocumentContainers.Jobs, job.Id, job.Id, job, cancellationToken: cancellationToken);
        return new AnalyzeResumeInput(id, job.Id);
    }

    /// <summary>Runs one analysis to completion and returns its result with the report.</summary>
    public async Task<AnalysisResult> RunAsync(AnalyzeResumeInput input, CancellationToken cancellationToken)
    {
        var id = await Service.StartAsync(input, cancellationToken);
        var final = await _host.WaitAsync(id, TimeSpan.FromSeconds(90), cancellationToken);
        Assert.True(final.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage} {final.SerializedCustomStatus}");
        return (await Service.GetResultAsync(id, cancellationToken))!;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
