using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Llm;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Tests.Ingestion;

/// <summary>
/// The ingestion workflow on the embedded engine over the embedded stores (folder + SQLite) in a
/// temp folder. <see cref="RestartAsync"/> starts a new host on the same files, as after a crash.
/// </summary>
internal sealed class IngestionTestHost : IAsyncDisposable
{
    private readonly string _folder;
    private readonly IReadOnlyDictionary<string, string?> _settings;
    private DurableTestHost _host;
    private bool _withLlm;
    private OrchestrationExecutor _executor;

    private IngestionTestHost(DurableTestHost host, string folder, IReadOnlyDictionary<string, string?> settings)
    {
        _host = host;
        _folder = folder;
        _settings = settings;
    }

    public IServiceProvider Services => _host.Services;

    public ICvIngestionService Ingestion => Services.GetRequiredService<ICvIngestionService>();

    public CvBlobScanner Scanner => Services.GetRequiredService<CvBlobScanner>();

    public DurableTaskClient Client => _host.Client;

    public IDocumentStore Documents => Services.GetRequiredService<IDocumentStore>();

    public IArtifactStore Artifacts => Services.GetRequiredService<IArtifactStore>();

    public static async Task<IngestionTestHost> StartAsync(CancellationToken cancellationToken, IReadOnlyDictionary<string, string?>? settings = null, bool withLlm = false, OrchestrationExecutor executor = OrchestrationExecutor.Embedded)
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-ingestion-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        settings ??= new Dictionary<string, string?>();
        return new IngestionTestHost(await StartHostAsync(folder, settings, withLlm, executor, cancellationToken), folder, settings) { _withLlm = withLlm, _executor = executor };
    }

    public async Task RestartAsync(CancellationToken cancellationToken)
    {
        await _host.DisposeAsync();
        _host = await StartHostAsync(_folder, _settings, _withLlm, _executor, cancellationToken);
    }

    public Task<List<OrchestrationMetadata>> ListInstancesAsync(CancellationToken cancellationToken)
        => _host.ListInstancesAsync(new OrchestrationQuery(), cancellationToken);

    public Task<OrchestrationMetadata> WaitAsync(string instanceId, CancellationToken cancellationToken)
        => _host.WaitAsync(instanceId, TimeSpan.FromSeconds(60), cancellationToken);

    public async Task<string> ReadTextAsync(string reference, CancellationToken cancellationToken)
    {
        var (container, name) = IngestionArtifacts.Split(reference);
        await using var stream = await Artifacts.OpenReadAsync(container, name, cancellationToken);
        using var reader = new StreamReader(stream);
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

    private static Task<DurableTestHost> StartHostAsync(string folder, IReadOnlyDictionary<string, string?> settings, bool withLlm, OrchestrationExecutor executor, CancellationToken cancellationToken)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
                ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
            })
            .AddInMemoryCollection(settings)
            .Build();
        return DurableTestHost.StartAsync(
            tasks => tasks.AddResumeFlowTasks(),
            services =>
            {
                services.AddSingleton<IConfiguration>(configuration);
                services.AddResumeFlowStorage(configuration);
                if (withLlm)
                {
                    services.AddResumeFlowLlm();
                }

                services.AddIngestionWorkflow();
            },
            new DurableTestHostOptions { DatabasePath = Path.Combine(folder, "durable.db"), Executor = executor },
            cancellationToken);
    }
}
