using System.Text;
using System.Text.Json;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Llm;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>
/// The screening workflow on the embedded engine and stores (temp folder) with the LLM gateway
/// pointed at the in-process simulator, its quotas translated to real time.
/// </summary>
internal sealed class ScreeningLlmHost : IAsyncDisposable
{
    public const string Job = """
        # Senior Backend Engineer
        ## Requirements
        - Strong C# and .NET
        - SQL and PostgreSQL
        - Docker and Kubernetes
        ## Nice to have
        - Azure
        """;

    private readonly DurableTestHost _host;
    private readonly string _folder;

    private ScreeningLlmHost(DurableTestHost host, OpenAISimulatorServer simulator, string folder)
    {
        _host = host;
        Simulator = simulator;
        _folder = folder;
    }

    public OpenAISimulatorServer Simulator { get; }

    public IScreeningService Screening => _host.Services.GetRequiredService<IScreeningService>();

    public IServiceProvider Services => _host.Services;

    public DurableTaskClient Client => _host.Client;

    /// <param name="cancellationToken">Cancels the start.</param>
    /// <param name="llm">Adjusts the gateway settings after the simulator's (e.g. turns the result cache on).</param>
    /// <param name="simulator">Adjusts the simulator's settings (e.g. holds batches in progress).</param>
    public static async Task<ScreeningLlmHost> StartAsync(CancellationToken cancellationToken, Action<LlmOptions, string>? llm = null, Action<SimulatorOptions>? simulator = null)
    {
        var simulatorOptions = new SimulatorOptions { ClockFactor = 20, RequestsPerMinute = 6000, TokensPerMinute = 20_000_000 };
        simulator?.Invoke(simulatorOptions);
        var server = await OpenAISimulatorServer.StartAsync(simulatorOptions, cancellationToken);
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-screening-llm", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
            ["Storage:Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
        }).Build();
        var host = await DurableTestHost.StartAsync(
            tasks => tasks.AddResumeFlowTasks(),
            services =>
            {
                services.AddSingleton<IConfiguration>(configuration);
                services.AddResumeFlowStorage(configuration);
                services.AddResumeFlowLlm(o =>
                {
                    Configure(o, server);
                    llm?.Invoke(o, folder);
                });
                services.AddResumeFlowWorkflows();
                services.AddBatchWorkflow(o => o.CheckInterval = TimeSpan.FromMilliseconds(300));
            },
            new DurableTestHostOptions { DatabasePath = Path.Combine(folder, "durable.db") },
            cancellationToken);
        return new ScreeningLlmHost(host, server, folder);
    }

    /// <summary>Gateway settings against the simulator (also used as configuration keys by the CLI process tests).</summary>
    public static void Configure(LlmOptions o, OpenAISimulatorServer simulator)
    {
        ArgumentNullException.ThrowIfNull(o);
        ArgumentNullException.ThrowIfNull(simulator);
        foreach (var (key, value) in Settings(simulator))
        {
            var property = typeof(LlmOptions).GetProperty(key["Llm:".Length..])!;
            property.SetValue(o, property.PropertyType == typeof(TimeSpan) ? TimeSpan.Parse(value!, System.Globalization.CultureInfo.InvariantCulture)
                : property.PropertyType == typeof(int) ? int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture)
                : property.PropertyType == typeof(bool) ? bool.Parse(value!)
                : property.PropertyType.IsEnum ? Enum.Parse(property.PropertyType, value!)
                : value);
        }
    }

    public static IReadOnlyDictionary<string, string?> Settings(OpenAISimulatorServer simulator)
    {
        ArgumentNullException.ThrowIfNull(simulator);
        var s = simulator.Options;
        return new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:Endpoint"] = simulator.BaseUri.ToString(),
            ["Llm:ApiKey"] = "simulator-key",
            ["Llm:Deployment"] = "gpt-4o-mini",
            ["Llm:RequestsPerMinute"] = ((int)(s.RequestsPerMinute * s.ClockFactor)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Llm:TokensPerMinute"] = ((int)Math.Min(int.MaxValue, s.TokensPerMinute * s.ClockFactor)).ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["Llm:QuotaWindow"] = (s.QuotaWindow / s.ClockFactor).ToString("c", System.Globalization.CultureInfo.InvariantCulture),
            ["Llm:MaxConcurrency"] = "64",
            ["Llm:RetryBaseDelay"] = "00:00:00.020",
            ["Llm:MaxRetryDelay"] = "00:00:00.400",
            ["Llm:RequestTimeout"] = "00:00:10",
            ["Llm:BreakerFailureThreshold"] = "1000",
            // Every billed request must be visible in the simulator's log: no result cache.
            ["Llm:CacheEnabled"] = "false",
        };
    }

    public Task<string> AddCandidateAsync(string fileName, string text, CancellationToken cancellationToken)
        => IngestedCandidates.AddAsync(_host.Services, fileName, text, cancellationToken);

    public async Task<(ScreeningStart Start, OrchestrationMetadata Final, ScreeningOutcome Outcome, ScreeningStatus Status)> RunAsync(ScreeningRequest request, CancellationToken cancellationToken)
    {
        var start = await Screening.StartAsync(request, cancellationToken);
        var final = await _host.WaitAsync(start.InstanceId, TimeSpan.FromSeconds(120), cancellationToken);
        Assert.True(final.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage}");
        return (start, final,
            JsonSerializer.Deserialize<ScreeningOutcome>(final.SerializedOutput!, ScreeningJson.Options)!,
            JsonSerializer.Deserialize<ScreeningStatus>(final.SerializedCustomStatus!, ScreeningJson.Options)!);
    }

    public Task<OrchestrationMetadata> WaitAsync(string instanceId, CancellationToken cancellationToken) =>
        _host.WaitAsync(instanceId, TimeSpan.FromSeconds(120), cancellationToken);

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

    /// <summary>Backend CVs of graded fit; each variant is a distinct candidate.</summary>
    public static string Cv(int i) => (i % 3) switch
    {
        0 => $"Alex {i}\nBackend engineer since 2015.\nBuilt C# and .NET services with SQL and PostgreSQL, on Docker and Kubernetes in Azure (team {i}).",
        1 => $"Morgan {i}\nSoftware engineer since 2019.\nC# and .NET APIs, SQL, PostgreSQL, Docker and Kubernetes (project {i}).",
        _ => $"Wei {i}\nFrontend developer since 2022.\nReact and CSS (site {i}).",
    };
}
