using OpenAISimulator;
using ResumeFlow.Llm;

namespace ResumeFlow.Bench;

/// <summary>What the LLM benchmarks share: the gateway set up against a simulator's quota, and the figures read from its request log.</summary>
internal static class SimulatorBench
{
    public const string Deployment = "gpt-4o-mini";

    /// <summary>Requests with this item key warm JIT and connections; they are left out of the figures.</summary>
    public const string WarmUpKey = "warm-up";

    /// <summary>
    /// The gateway paced to the simulator's quota, cache off. The gateway runs in real time, so the compressed quota
    /// is factor times larger per real minute and the delays factor times shorter.
    /// </summary>
    public static void ConfigurePacedGateway(LlmOptions o, OpenAISimulatorServer sim, SimulatorOptions simulator)
    {
        o.Provider = LlmProvider.AzureOpenAI;
        o.Endpoint = sim.BaseUri.ToString();
        o.ApiKey = "bench-key";
        o.Deployment = Deployment;
        o.RequestsPerMinute = (int)(simulator.RequestsPerMinute * simulator.ClockFactor);
        o.TokensPerMinute = (int)(simulator.TokensPerMinute * simulator.ClockFactor);
        o.QuotaWindow = simulator.QuotaWindow / simulator.ClockFactor;
        o.MaxConcurrency = 512;
        o.CacheEnabled = false;
        o.RetryBaseDelay = TimeSpan.FromSeconds(1) / simulator.ClockFactor;
        o.MaxRetryDelay = TimeSpan.FromSeconds(30) / simulator.ClockFactor;
        o.RequestTimeout = TimeSpan.FromSeconds(60) / simulator.ClockFactor;
    }

    /// <summary>Quota tokens of each item's first admitted attempt (prompt plus max_tokens, as the quota counts them).</summary>
    public static long QuotaTokens(OpenAISimulatorServer sim) => sim.RequestLog.Snapshot()
        .Where(e => e.ItemKey != WarmUpKey && e.Admitted)
        .GroupBy(e => e.ItemKey, StringComparer.Ordinal)
        .Sum(g => (long)g.First().QuotaTokens);

    /// <summary>Mean time from arrival to completion of billed requests, in simulated seconds.</summary>
    public static double MeanLatency(OpenAISimulatorServer sim)
    {
        var billed = sim.RequestLog.Snapshot().Where(e => e.ItemKey != WarmUpKey && e.Billed).ToList();
        return billed.Count == 0 ? 0 : billed.Average(e => e.CompletedAt - e.ReceivedAt) * sim.Options.ClockFactor;
    }

    public static string? Option(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? args[i + 1] : null;
    }
}
