using System.Text;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Candidates;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Screening;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.Workflows.Tests.Screening;

/// <summary>The screening workflow on the embedded engine over the embedded stores, in a temp folder.</summary>
internal sealed class ScreeningTestHost : IAsyncDisposable
{
    private readonly DurableTestHost _host;
    private readonly string _folder;

    private ScreeningTestHost(DurableTestHost host, string folder)
    {
        _host = host;
        _folder = folder;
    }

    public IScreeningService Screening => _host.Services.GetRequiredService<IScreeningService>();

    public DurableTaskClient Client => _host.Client;

    public IServiceProvider Services => _host.Services;

    public IDocumentStore Documents => _host.Services.GetRequiredService<IDocumentStore>();

    public IArtifactStore Artifacts => _host.Services.GetRequiredService<IArtifactStore>();

    public static async Task<ScreeningTestHost> StartAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null, Action<IServiceCollection>? configure = null, OrchestrationExecutor executor = OrchestrationExecutor.Embedded)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-screening-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
                ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
            })
            .AddInMemoryCollection(settings ?? new Dictionary<string, string?>())
            .Build();
        var host = await DurableTestHost.StartAsync(
            tasks => tasks.AddResumeFlowTasks(),
            services =>
            {
                services.AddSingleton<IConfiguration>(configuration);
                services.AddResumeFlowStorage(configuration);
                services.AddScreeningWorkflow();
                configure?.Invoke(services);
            },
            new DurableTestHostOptions { DatabasePath = Path.Combine(folder, "durable.db"), Executor = executor },
            cancellationToken);
        return new ScreeningTestHost(host, folder);
    }

    /// <summary>Stores a candidate as ingestion would: the text in cv-text and the record in candidates. Returns its id.</summary>
    public async Task<string> AddCandidateAsync(string fileName, string text, bool storeText = true, CancellationToken cancellationToken = default)
    {
        var id = CandidateId.FromContent(Encoding.UTF8.GetBytes(fileName + "\n" + text));
        await IngestedCandidates.SaveAsync(_host.Services, id, fileName, storeText ? text : null, cancellationToken);
        return id;
    }

    public Task PutTextAsync(string candidateId, string text, CancellationToken cancellationToken = default)
        => IngestedCandidates.PutTextAsync(_host.Services, candidateId, text, cancellationToken);

    public async Task<(ScreeningStart Start, OrchestrationMetadata Final, ScreeningOutcome Outcome)> RunAsync(ScreeningRequest request, CancellationToken cancellationToken)
    {
        var start = await Screening.StartAsync(request, cancellationToken);
        var final = await _host.WaitAsync(start.InstanceId, TimeSpan.FromSeconds(90), cancellationToken);
        Assert.True(final.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage}");
        var outcome = System.Text.Json.JsonSerializer.Deserialize<ScreeningOutcome>(final.SerializedOutput!, Reports.ScreeningJson.Options)!;
        return (start, final, outcome);
    }

    public Task<List<OrchestrationMetadata>> ListInstancesAsync(CancellationToken cancellationToken)
        => _host.ListInstancesAsync(new OrchestrationQuery(), cancellationToken);

    public Task<OrchestrationMetadata> WaitAsync(string instanceId, CancellationToken cancellationToken) =>
        _host.WaitAsync(instanceId, TimeSpan.FromSeconds(90), cancellationToken);

    public async Task<string> ReadReportAsync(string screeningId, string format, CancellationToken cancellationToken)
    {
        var report = await Screening.OpenReportAsync(screeningId, format, cancellationToken);
        await using var content = report.Content;
        using var reader = new StreamReader(content);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
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
