using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Llm.Metering;

namespace ResumeFlow.Llm.Tests.Support;

/// <summary>The simulator in process on 127.0.0.1 plus a gateway configured against it, quotas translated to real time.</summary>
internal sealed class LlmHarness : IAsyncDisposable
{
    private readonly ServiceProvider _services;

    private LlmHarness(OpenAISimulatorServer simulator, ServiceProvider services)
    {
        Simulator = simulator;
        _services = services;
        Gateway = services.GetRequiredService<ILlmGateway>();
        Meter = services.GetRequiredService<CostMeter>();
    }

    public OpenAISimulatorServer Simulator { get; }

    public ILlmGateway Gateway { get; }

    public CostMeter Meter { get; }

    public T GetService<T>()
        where T : notnull => _services.GetRequiredService<T>();

    public static async Task<LlmHarness> StartAsync(SimulatorOptions simulator, Action<LlmOptions>? configure = null, CancellationToken cancellationToken = default)
    {
        var server = await OpenAISimulatorServer.StartAsync(simulator, cancellationToken);
        var services = new ServiceCollection();
        services.AddResumeFlowLlm(o =>
        {
            o.Provider = LlmProvider.AzureOpenAI;
            o.Endpoint = server.BaseUri.ToString();
            o.ApiKey = "test-key";
            o.Deployment = "gpt-4o-mini";
            o.RequestsPerMinute = (int)(simulator.RequestsPerMinute * simulator.ClockFactor);
            o.TokensPerMinute = (int)(simulator.TokensPerMinute * simulator.ClockFactor);
            o.QuotaWindow = simulator.QuotaWindow / simulator.ClockFactor;
            o.MaxConcurrency = 128;
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(20);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(400);
            o.RequestTimeout = TimeSpan.FromSeconds(10);
            o.BreakerFailureThreshold = 1000;
            configure?.Invoke(o);
        });
        return new LlmHarness(server, services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true }));
    }

    public async ValueTask DisposeAsync()
    {
        await _services.DisposeAsync();
        await Simulator.DisposeAsync();
    }
}
