using System.Collections.Concurrent;
using System.Net;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using OpenAISimulator.Batches;
using OpenAISimulator.Chat;
using OpenAISimulator.Faults;
using OpenAISimulator.Hosting;
using OpenAISimulator.Logging;
using OpenAISimulator.Quota;

namespace OpenAISimulator;

/// <summary>
/// The simulator as an in-process server on 127.0.0.1:
/// <code>await using var sim = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { ... }, ct);</code>
/// Azure clients use <see cref="BaseUri"/> as the endpoint; OpenAI-compatible clients use <see cref="OpenAIBaseUri"/>.
/// </summary>
public sealed class OpenAISimulatorServer : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly BatchProcessor _batches;
    private readonly ConcurrentDictionary<string, SlidingWindowQuota> _quotas;

    private OpenAISimulatorServer(WebApplication app, SimulatorOptions options, RequestLog log, FaultInjector faults, BatchProcessor batches, ConcurrentDictionary<string, SlidingWindowQuota> quotas)
    {
        _app = app;
        Options = options;
        RequestLog = log;
        Faults = faults;
        _batches = batches;
        _quotas = quotas;
    }

    public SimulatorOptions Options { get; }

    /// <summary>Every request answered, in completion order.</summary>
    public RequestLog RequestLog { get; }

    /// <summary>Run-time fault injection (storms, bursts).</summary>
    public FaultInjector Faults { get; }

    /// <summary><c>http://127.0.0.1:{port}/</c>: the Azure OpenAI endpoint.</summary>
    public Uri BaseUri { get; private set; } = null!;

    /// <summary><c>http://127.0.0.1:{port}/v1/</c>: the OpenAI-compatible base URL.</summary>
    public Uri OpenAIBaseUri => new(BaseUri, "v1/");

    /// <summary>Highest number of admitted requests any quota window of <paramref name="deployment"/> held.</summary>
    public int PeakWindowRequests(string deployment) => _quotas.TryGetValue(deployment, out var q) ? q.PeakRequests : 0;

    /// <summary>Highest number of quota tokens any window of <paramref name="deployment"/> held.</summary>
    public long PeakWindowTokens(string deployment) => _quotas.TryGetValue(deployment, out var q) ? q.PeakTokens : 0;

    /// <summary>Capacity of one quota window (requests, tokens).</summary>
    public (double Requests, double Tokens) WindowCapacity => (Options.RequestsPerMinute * Options.QuotaWindow.TotalSeconds / 60.0, Options.TokensPerMinute * Options.QuotaWindow.TotalSeconds / 60.0);

    public static async Task<OpenAISimulatorServer> StartAsync(SimulatorOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(options.ClockFactor);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ApplicationName = typeof(OpenAISimulatorServer).Assembly.GetName().Name,
            EnvironmentName = "Production",
        });
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k =>
        {
            k.Listen(IPAddress.Loopback, options.Port);
            k.Limits.MaxRequestBodySize = 256L * 1024 * 1024;
        });

        var clock = new SimClock();
        var log = new RequestLog();
        var faults = new FaultInjector(options, () => clock.Now);
        var engine = new ChatEngine(options, new PromptTokenCounter());
        var quotas = new ConcurrentDictionary<string, SlidingWindowQuota>(StringComparer.Ordinal);
        var files = new FileStore();
        var batches = new BatchProcessor(options, engine, log, faults, files, clock);
        var chat = new ChatEndpoint(options, engine, log, faults, clock, quotas);

        var app = builder.Build();
        app.MapPost("/openai/deployments/{deployment}/chat/completions", (HttpContext context, string deployment) => chat.HandleAsync(context, deployment));
        app.MapPost("/v1/chat/completions", (HttpContext context) => chat.HandleAsync(context, null));
        foreach (var prefix in new[] { "/openai", "/v1" })
        {
            FilesApi.Map(app, prefix, files);
            BatchesApi.Map(app, prefix, batches);
        }

        app.MapGet("/sim/requests", (string? item) => Results.Text(
            new JsonArray((item is null ? log.Snapshot() : log.ForItem(item)).Select(e => (JsonNode?)JsonNode.Parse(System.Text.Json.JsonSerializer.Serialize(e, SimulatorJson.Options))).ToArray()).ToJsonString(),
            "application/json"));
        app.MapGet("/sim/stats", () => Results.Json(new
        {
            requests = log.Count,
            billed = log.Snapshot().Count(e => e.Billed),
            rateLimited = log.CountStatus(429),
            items = log.BilledByItem().Count,
            duplicates = log.BilledByItem().Count(p => p.Value > 1),
        }, SimulatorJson.Options));

        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var server = new OpenAISimulatorServer(app, options, log, faults, batches, quotas);
        server.BaseUri = new Uri(address.Replace("[::]", "127.0.0.1", StringComparison.Ordinal).TrimEnd('/') + "/");
        return server;
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> fires.</summary>
    public async Task WaitForShutdownAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            // Normal shutdown.
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _batches.StopAsync();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
