using System.ClientModel;
using System.Diagnostics;
using System.Globalization;
using Azure.AI.OpenAI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.Tokenizers;
using OpenAI.Chat;
using OpenAISimulator;
using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Prompts;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Bench;

/// <summary>
/// Call analysis of 400 transcripts (the readable ones of samples/calls, cycled with distinct ids and a varying
/// closing line) against the simulator with a binding quota: <see cref="LlmCallAnalyzer"/> through the quota-paced
/// gateway (result cache off), against the analyser it replaces, measured in the same run on fresh simulators: a
/// fixed pool of 40 workers and one worker (sequential), both sending the same prompts with the SDK's default
/// retries. Times are simulated seconds. bound_s = max(N / RPM, Σ quota tokens / TPM) + mean latency, where quota
/// tokens count prompt plus max_tokens as the quota does.
/// </summary>
internal sealed class CallsBenchmark : IBenchmark
{
    private const string Deployment = SimulatorBench.Deployment;
    private const string WarmUpKey = SimulatorBench.WarmUpKey;

    private static readonly Tokenizer Tokens = TiktokenTokenizer.CreateForModel("gpt-4o");

    public string Name => "calls";

    public string Description => "AnalyzeCalls LLM pass on 400 transcripts vs the quota bound, against a pool of 40 workers and sequential";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var count = int.Parse(SimulatorBench.Option(args, "--calls") ?? "400", CultureInfo.InvariantCulture);
        var factor = double.Parse(SimulatorBench.Option(args, "--clock-factor") ?? "10", CultureInfo.InvariantCulture);
        var targetSeconds = double.Parse(SimulatorBench.Option(args, "--bound-seconds") ?? "90", CultureInfo.InvariantCulture);
        var calls = Calls(count);
        var options = new CallAnalysisOptions { UseResultCache = false, MaxOutputTokens = 600 };
        var requests = calls.Select(c => LlmCallAnalyzer.BuildRequest(c, options)).ToList();

        var estimatedTokens = requests.Sum(r => 3 + PromptLayout.Build(r.Instructions, r.SharedContext, r.UntrustedContent).Sum(m => 4 + Tokens.CountTokens(m.Content)) + Tokens.CountTokens(r.JsonSchema) + r.MaxOutputTokens);
        var tpm = (int)Math.Ceiling(estimatedTokens * 60.0 / targetSeconds);
        var rpm = (int)Math.Ceiling(count * 60.0 / targetSeconds * 1.03);
        var simulator = new SimulatorOptions { RequestsPerMinute = rpm, TokensPerMinute = tpm, ClockFactor = factor, RecordMessages = false };
        Console.WriteLine($"calls: {count} transcripts, quota {rpm} RPM / {tpm} TPM, clock factor {factor} (simulated seconds reported)");

        var gateway = await RunAnalyzerAsync(calls, options, simulator, cancellationToken);
        Report("gateway", gateway);
        var boundQuota = Math.Max(count * 60.0 / rpm, gateway.QuotaTokens * 60.0 / tpm);
        var bound = boundQuota + gateway.MeanLatency;
        Console.WriteLine($"bound: {boundQuota:0.0} s quota + {gateway.MeanLatency:0.00} s mean latency = {bound:0.0} s");

        var pool40 = await RunPoolAsync(40, requests, simulator, cancellationToken);
        Report("pool40", pool40);
        var sequential = args.Contains("--no-sequential") ? null : await RunPoolAsync(1, requests, simulator, cancellationToken);
        if (sequential is not null)
        {
            Report("sequential", sequential);
        }

        BenchOutput.Result(new
        {
            calls = count,
            bound_s = Math.Round(bound, 2),
            makespan_s = Math.Round(gateway.Makespan, 2),
            ratio_to_bound = Math.Round(bound / gateway.Makespan, 3),
            pool40_ratio_to_bound = Math.Round(bound / pool40.Makespan, 3),
            sequential_ratio_to_bound = sequential is null ? (double?)null : Math.Round(bound / sequential.Makespan, 3),
            lost = gateway.Lost,
            analysis_failed = gateway.Lost,
            http_429 = gateway.RateLimited,
            pool40_makespan_s = Math.Round(pool40.Makespan, 2),
            pool40_http_429 = pool40.RateLimited,
            pool40_lost = pool40.Lost,
            sequential_makespan_s = sequential is null ? (double?)null : Math.Round(sequential.Makespan, 2),
            clock_factor = factor,
            peak_mb = BenchOutput.PeakMegabytes(),
        });
        return gateway.Lost == 0 ? 0 : 1;
    }

    private static List<CallTranscript> Calls(int count)
    {
        var folder = Path.Combine(RepositoryRoot.Find() ?? throw new InvalidOperationException("Run from the repository: samples/calls is read."), "samples", "calls");
        var read = TranscriptReader.ReadAll(Directory.EnumerateFiles(folder).Order(StringComparer.Ordinal).Select(f => (Path.GetFileName(f), File.ReadAllBytes(f)))).Calls;
        return Enumerable.Range(0, count).Select(i =>
        {
            var call = read[i % read.Count];
            var closing = new TranscriptTurn(call.Interviewer ?? "Interviewer", $"Reference {i.ToString(CultureInfo.InvariantCulture)}: thanks again, talk soon.");
            return call with { CallId = $"bench-{i:D4}", Turns = [.. call.Turns, closing] };
        }).ToList();
    }

    private static async Task<RunStats> RunAnalyzerAsync(List<CallTranscript> calls, CallAnalysisOptions options, SimulatorOptions simulator, CancellationToken cancellationToken)
    {
        await using var sim = await OpenAISimulatorServer.StartAsync(simulator, cancellationToken);
        await using var services = new ServiceCollection().AddResumeFlowLlm(o => SimulatorBench.ConfigurePacedGateway(o, sim, simulator)).AddSingleton(Microsoft.Extensions.Options.Options.Create(options)).AddCallAnalysisWorkflow().BuildServiceProvider();
        var analyzer = services.GetRequiredService<LlmCallAnalyzer>();

        // Warm JIT and connections, then let the warm-up leave the quota window before the clock starts.
        await Task.WhenAll(calls.Take(8).Select(c => analyzer.AnalyzeAsync(c with { CallId = WarmUpKey }, cancellationToken: cancellationToken)));
        await Task.Delay(simulator.QuotaWindow / simulator.ClockFactor, cancellationToken);
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(calls.Select(c => analyzer.AnalyzeAsync(c, "bench", cancellationToken)));
        var makespan = clock.Elapsed.TotalSeconds * simulator.ClockFactor;
        return Stats(sim, makespan, results.Count(r => !r.AnalysisSucceeded || r.Insight is null));
    }

    // The analyser it replaces: N workers over a queue, each call sent with the SDK's default retries, no pacing.
    private static async Task<RunStats> RunPoolAsync(int workers, List<LlmRequest> requests, SimulatorOptions simulator, CancellationToken cancellationToken)
    {
        await using var sim = await OpenAISimulatorServer.StartAsync(simulator, cancellationToken);
        var client = new AzureOpenAIClient(sim.BaseUri, new ApiKeyCredential("bench-key")).GetChatClient(Deployment);
        await Task.WhenAll(requests.Take(8).Select(r => client.CompleteChatAsync(Messages(r), Options(r, WarmUpKey), cancellationToken)));
        await Task.Delay(simulator.QuotaWindow / simulator.ClockFactor, cancellationToken);
        Console.WriteLine($"pool of {workers}: running");
        var next = -1;
        var lost = 0;
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, workers).Select(async _ =>
        {
            int i;
            while ((i = Interlocked.Increment(ref next)) < requests.Count)
            {
                try
                {
                    await client.CompleteChatAsync(Messages(requests[i]), Options(requests[i], requests[i].ItemKey), cancellationToken);
                }
                catch (ClientResultException)
                {
                    Interlocked.Increment(ref lost);
                }
            }
        }));
        return Stats(sim, clock.Elapsed.TotalSeconds * simulator.ClockFactor, lost);
    }

    private static List<ChatMessage> Messages(LlmRequest r) => PromptLayout.Build(r.Instructions, r.SharedContext, r.UntrustedContent)
        .Select(m => m.Role == PromptRole.System ? (ChatMessage)new SystemChatMessage(m.Content) : new UserChatMessage(m.Content))
        .ToList();

    private static ChatCompletionOptions Options(LlmRequest r, string user) => new()
    {
        ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat(r.SchemaName, BinaryData.FromString(r.JsonSchema), jsonSchemaIsStrict: true),
        MaxOutputTokenCount = r.MaxOutputTokens,
        EndUserId = user,
    };

    private static RunStats Stats(OpenAISimulatorServer sim, double makespan, int lost) => new(
        makespan,
        sim.RequestLog.Snapshot().Count(e => e.ItemKey != WarmUpKey && e.Status == 429),
        lost,
        SimulatorBench.QuotaTokens(sim),
        SimulatorBench.MeanLatency(sim));

    private static void Report(string name, RunStats s) =>
        Console.WriteLine($"{name}: makespan {s.Makespan:0.0} s, 429s {s.RateLimited}, lost {s.Lost}, mean latency {s.MeanLatency:0.00} s");

    private sealed record RunStats(double Makespan, int RateLimited, int Lost, long QuotaTokens, double MeanLatency);
}
