using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Llm;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Workflows.Tests.Calls;

/// <summary>The LLM side of the call tests: tools/OpenAISimulator behind the real gateway, fast and without cache.</summary>
internal static class CallLlmHarness
{
    public static SimulatorOptions FastSimulator() => new()
    {
        ClockFactor = 50,
        TimeToFirstTokenMin = TimeSpan.FromMilliseconds(5),
        TimeToFirstTokenMax = TimeSpan.FromMilliseconds(10),
        OutputTokensPerSecond = 100_000,
    };

    /// <summary>Adds the gateway pointed at the simulator and the call-analysis services.</summary>
    public static IServiceCollection AddCallLlm(this IServiceCollection services, OpenAISimulatorServer simulator, bool redactPii = false) => services
        .AddResumeFlowLlm(o =>
        {
            o.Provider = LlmProvider.AzureOpenAI;
            o.Endpoint = simulator.BaseUri.ToString();
            o.ApiKey = "test-key";
            o.Deployment = "gpt-4o-mini";
            o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
            o.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
            o.MaxRetries = 1;
            o.RedactPii = redactPii;
        })
        .AddCallAnalysisWorkflow();
}
