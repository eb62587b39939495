using System.ClientModel;
using System.Diagnostics;
using System.Globalization;
using Azure.AI.OpenAI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.ML.Tokenizers;
using OpenAI.Chat;
using OpenAISimulator;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Prompts;

namespace ResumeFlow.Bench;

/// <summary>
/// 2,000 scoring requests against the simulator with a quota whose bound is about 60 simulated seconds: the
/// gateway (quota pacer) against the two common baselines, a fixed concurrency of 10 (SemaphoreSlim) and chunks
/// of 50 awaited together, each against a fresh simulator with the same settings. The simulator runs on a
/// compressed clock; all times are reported in simulated seconds, so ratios do not depend on the factor.
/// bound_s = max(N / RPM, Σ quota tokens / TPM) + mean latency of one request: the sustained quota rate plus the
/// last request's own service time.
/// </summary>
internal sealed class LlmThroughputBenchmark : IBenchmark
{
    private const string Deployment = "gpt-4o-mini";
    private const int MaxOutputTokens = 300;
    private const string WarmUpKey = "warm-up";
    private const int WarmUpRequests = 32;

    private const string Schema = """
        {"type":"object","properties":{"score":{"type":"integer","minimum":0,"maximum":100},"verdict":{"type":"string","enum":["pass","review","reject"]},"evidence":{"type":"array","items":{"type":"object","properties":{"skill":{"type":"string"},"quote":{"type":"string"}},"required":["skill","quote"],"additionalProperties":false}},"summary":{"type":"string"}},"required":["score","verdict","evidence","summary"],"additionalProperties":false}
        """;

    private const string Instructions = "You score one candidate against the job below. Rubric: must-have skills 60%, relevant experience 30%, education 10%. Quote the CV line proving each matched skill. Verdict pass >= 70, review 50-69, reject < 50.";

    private const string Job = "Senior backend engineer (Payments). Must have: C#, .NET, SQL, REST APIs. Nice to have: Azure, Kubernetes, Kafka. At least 5 years of backend experience. BSc in Computer Science or equivalent.";

    private static readonly string[] Skills = ["C#", ".NET", "SQL", "Azure", "Kubernetes", "Kafka", "Python", "Go", "React", "Terraform", "REST APIs", "gRPC"];

    public string Name => "llm-throughput";

    public string Description => "LLM gateway makespan vs the quota bound (2,000 requests) against semaphore-10 and chunks-of-50";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var requests = int.Parse(SimulatorBench.Option(args, "--requests") ?? "2000", CultureInfo.InvariantCulture);
        var factor = double.Parse(SimulatorBench.Option(args, "--clock-factor") ?? "4", CultureInfo.InvariantCulture);
        var targetSeconds = double.Parse(SimulatorBench.Option(args, "--bound-seconds") ?? "60", CultureInfo.InvariantCulture);
        var skipBaselines = args.Contains("--no-baselines");

        var items = Enumerable.Range(0, requests).Select(i => ("cand-" + i.ToString("D5", CultureInfo.InvariantCulture), Cv(i))).ToList();

        // Size the quota so that tokens bind at ~target seconds and requests almost do (both budgets matter).
        var estimatedTokens = items.Sum(item => EstimateQuotaTokens(item.Item2));
        var tpm = (int)Math.Ceiling(estimatedTokens * 60.0 / targetSeconds);
        var rpm = (int)Math.Ceiling(requests * 60.0 / targetSeconds * 1.03);
        var simulator = new SimulatorOptions { RequestsPerMinute = rpm, TokensPerMinute = tpm, ClockFactor = factor, RecordMessages = false };
        Console.WriteLine($"llm-throughput: {requests} requests, quota {rpm} RPM / {tpm} TPM over a {simulator.QuotaWindow.TotalSeconds:0} s sliding window, clock factor {factor} (simulated seconds reported)");

        var gateway = await RunGatewayAsync(items, simulator, args.Contains("--verbose"), cancellationToken);
        Report("gateway", gateway);
        var boundQuota = Math.Max(requests * 60.0 / rpm, gateway.QuotaTokens * 60.0 / tpm);
        var bound = boundQuota + gateway.MeanLatency;
        Console.WriteLine($"bound: {boundQuota:0.0} s quota ({(requests * 60.0 / rpm):0.0} s requests, {(gateway.QuotaTokens * 60.0 / tpm):0.0} s tokens) + {gateway.MeanLatency:0.00} s mean latency = {bound:0.0} s");

        RunStats? semaphore = null, chunks = null;
        if (!skipBaselines)
        {
            semaphore = await RunBaselineAsync("semaphore10", items, simulator, SemaphoreAsync, cancellationToken);
            Report("semaphore10", semaphore);
            chunks = await RunBaselineAsync("chunks50", items, simulator, ChunksAsync, cancellationToken);
            Report("chunks50", chunks);
        }

        BenchOutput.Result(new
        {
            requests,
            bound_s = Math.Round(bound, 2),
            makespan_s = Math.Round(gateway.Makespan, 2),
            ratio_to_bound = Math.Round(bound / gateway.Makespan, 3),
            semaphore10_ratio_to_bound = semaphore is null ? (double?)null : Math.Round(bound / semaphore.Makespan, 3),
            chunks50_ratio_to_bound = chunks is null ? (double?)null : Math.Round(bound / chunks.Makespan, 3),
            http_429 = gateway.RateLimited,
            lost = gateway.Lost,
            duplicates = gateway.Duplicates,
            clock_factor = factor,
            semaphore10_makespan_s = semaphore is null ? (double?)null : Math.Round(semaphore.Makespan, 2),
            chunks50_makespan_s = chunks is null ? (double?)null : Math.Round(chunks.Makespan, 2),
            semaphore10_http_429 = semaphore?.RateLimited,
            chunks50_http_429 = chunks?.RateLimited,
            baseline_lost = (semaphore?.Lost ?? 0) + (chunks?.Lost ?? 0),
            peak_mb = BenchOutput.PeakMegabytes(),
        });
        return gateway.Lost == 0 && gateway.Duplicates == 0 ? 0 : 1;
    }

    private static async Task<RunStats> RunGatewayAsync(List<(string Key, string Cv)> items, SimulatorOptions simulator, bool verbose, CancellationToken cancellationToken)
    {
        await using var sim = await OpenAISimulatorServer.StartAsync(simulator, cancellationToken);
        await using var services = new ServiceCollection().AddResumeFlowLlm(o => SimulatorBench.ConfigurePacedGateway(o, sim, simulator)).BuildServiceProvider();
        var gateway = services.GetRequiredService<ILlmGateway>();

        // Warm JIT, tokenizer and connection pool before the clock starts, then let the warm-up leave the quota window.
        await Task.WhenAll(Enumerable.Range(0, WarmUpRequests).Select(i =>
            gateway.CompleteJsonAsync<ScoreShape>(Request(WarmUpKey, Cv(100_000 + i)), cancellationToken)));
        await Task.Delay(simulator.QuotaWindow / simulator.ClockFactor, cancellationToken);
        var progress = new Progress(items.Count);
        var clock = Stopwatch.StartNew();
        var results = await Task.WhenAll(items.Select(async item =>
        {
            var result = await gateway.CompleteJsonAsync<ScoreShape>(Request(item.Key, item.Cv), cancellationToken);
            progress.Done(clock.Elapsed.TotalSeconds * simulator.ClockFactor);
            return result;
        }));
        var makespan = clock.Elapsed.TotalSeconds * simulator.ClockFactor;
        if (verbose)
        {
            var log = sim.RequestLog.Snapshot().Where(e => e.ItemKey != WarmUpKey).ToList();
            var t0 = log.Min(e => e.ReceivedAt);
            foreach (var g in log.GroupBy(e => (int)((e.ReceivedAt - t0) * simulator.ClockFactor / 5)).OrderBy(g => g.Key))
            {
                Console.WriteLine($"    arrivals {g.Key * 5,4}-{(g.Key * 5) + 5,4} s: {g.Count()} ({g.Count(e => e.Status == 429)} rejected)");
            }
        }

        return Stats(sim, makespan, results.Count(r => !r.Success));
    }

    private static async Task<RunStats> RunBaselineAsync(
        string name,
        List<(string Key, string Cv)> items,
        SimulatorOptions simulator,
        Func<List<(string Key, string Cv)>, Func<(string Key, string Cv), Task<bool>>, Task<int>> strategy,
        CancellationToken cancellationToken)
    {
        await using var sim = await OpenAISimulatorServer.StartAsync(simulator, cancellationToken);

        // The usual client: the SDK with its default retry policy (3 retries honouring retry-after), no pacing.
        var client = new AzureOpenAIClient(sim.BaseUri, new ApiKeyCredential("bench-key")).GetChatClient(Deployment);
        await Task.WhenAll(Enumerable.Range(0, WarmUpRequests).Select(i =>
        {
            var warmUp = ChatOptions();
            warmUp.EndUserId = WarmUpKey;
            return client.CompleteChatAsync(Messages(Cv(100_000 + i)), warmUp, cancellationToken);
        }));
        await Task.Delay(simulator.QuotaWindow / simulator.ClockFactor, cancellationToken);
        var progress = new Progress(items.Count);
        var clock = Stopwatch.StartNew();
        Console.WriteLine($"{name}: running");
        var lost = await strategy(items, async item =>
        {
            try
            {
                var options = ChatOptions();
                options.EndUserId = item.Key;
                await client.CompleteChatAsync(Messages(item.Cv), options, cancellationToken);
                return true;
            }
            catch (ClientResultException)
            {
                return false;
            }
            finally
            {
                progress.Done(clock.Elapsed.TotalSeconds * simulator.ClockFactor);
            }
        });
        return Stats(sim, clock.Elapsed.TotalSeconds * simulator.ClockFactor, lost);
    }

    private static async Task<int> SemaphoreAsync(List<(string Key, string Cv)> items, Func<(string Key, string Cv), Task<bool>> send)
    {
        using var gate = new SemaphoreSlim(10);
        var results = await Task.WhenAll(items.Select(async item =>
        {
            await gate.WaitAsync();
            try
            {
                return await send(item);
            }
            finally
            {
                gate.Release();
            }
        }));
        return results.Count(ok => !ok);
    }

    private static async Task<int> ChunksAsync(List<(string Key, string Cv)> items, Func<(string Key, string Cv), Task<bool>> send)
    {
        var lost = 0;
        foreach (var chunk in items.Chunk(50))
        {
            var results = await Task.WhenAll(chunk.Select(send));
            lost += results.Count(ok => !ok);
        }

        return lost;
    }

    private static RunStats Stats(OpenAISimulatorServer sim, double makespan, int lost)
    {
        var log = sim.RequestLog.Snapshot().Where(e => e.ItemKey != WarmUpKey).ToList();
        var billed = log.Where(e => e.Billed).ToList();
        var firstAdmitted = log.Where(e => e.Admitted).GroupBy(e => e.ItemKey, StringComparer.Ordinal).Select(g => g.First().QuotaTokens);
        return new RunStats(
            makespan,
            log.Count(e => e.Status == 429),
            lost,
            billed.GroupBy(e => e.ItemKey, StringComparer.Ordinal).Count(g => g.Count() > 1),
            firstAdmitted.Sum(t => (long)t),
            billed.Count == 0 ? 0 : billed.Average(e => e.CompletedAt - e.ReceivedAt) * sim.Options.ClockFactor,
            sim.PeakWindowRequests(Deployment),
            sim.PeakWindowTokens(Deployment));
    }

    private static void Report(string name, RunStats stats) => Console.WriteLine(
        $"{name}: makespan {stats.Makespan:0.0} s, 429s {stats.RateLimited}, lost {stats.Lost}, duplicates {stats.Duplicates}, mean latency {stats.MeanLatency:0.00} s, peak window {stats.PeakRequests} requests / {stats.PeakTokens} tokens");

    private static LlmRequest Request(string key, string cv) => new()
    {
        ItemKey = key,
        Instructions = Instructions,
        JsonSchema = Schema,
        SchemaName = "candidate_score",
        SharedContext = Job,
        UntrustedContent = cv,
        MaxOutputTokens = MaxOutputTokens,
    };

    private static ChatCompletionOptions ChatOptions() => new()
    {
        ResponseFormat = ChatResponseFormat.CreateJsonSchemaFormat("candidate_score", BinaryData.FromString(Schema), jsonSchemaIsStrict: true),
        MaxOutputTokenCount = MaxOutputTokens,
    };

    private static List<ChatMessage> Messages(string cv) => PromptLayout.Build(Instructions, Job, cv)
        .Select(m => m.Role == PromptRole.System ? (ChatMessage)new SystemChatMessage(m.Content) : new UserChatMessage(m.Content))
        .ToList();

    private static readonly Tokenizer Tokens = TiktokenTokenizer.CreateForModel("gpt-4o");

    private static int EstimateQuotaTokens(string cv) =>
        3 + PromptLayout.Build(Instructions, Job, cv).Sum(m => 4 + Tokens.CountTokens(m.Content)) + Tokens.CountTokens(Schema) + MaxOutputTokens;

    private static string Cv(int i)
    {
        var years = 2 + (i % 12);
        var lines = new List<string>
        {
            $"Candidate {i.ToString(CultureInfo.InvariantCulture)}",
            "Summary",
            $"Backend engineer with {years.ToString(CultureInfo.InvariantCulture)} years of experience in distributed systems and payments.",
            "Experience",
        };
        for (var job = 0; job < 2 + (i % 4); job++)
        {
            var a = Skills[(i + job) % Skills.Length];
            var b = Skills[((i * 7) + (job * 3)) % Skills.Length];
            lines.Add($"Software engineer at Company {((i + job) % 97).ToString(CultureInfo.InvariantCulture)} ({(2010 + job * 3).ToString(CultureInfo.InvariantCulture)}-{(2013 + job * 3).ToString(CultureInfo.InvariantCulture)})");
            lines.Add($"Built {a} services handling card payments and settlement, with {b} for reporting and monitoring.");
            lines.Add($"Led a team of {(2 + (job % 5)).ToString(CultureInfo.InvariantCulture)} engineers; reduced latency by {(10 + ((i + job) % 60)).ToString(CultureInfo.InvariantCulture)}% through caching and query tuning.");
        }

        lines.Add("Skills");
        lines.Add(string.Join(", ", Enumerable.Range(0, 4 + (i % 5)).Select(k => Skills[((i * 3) + k) % Skills.Length]).Distinct(StringComparer.Ordinal)));
        lines.Add("Education");
        lines.Add("BSc Computer Science, State University");
        return string.Join('\n', lines);
    }

    private sealed record RunStats(double Makespan, int RateLimited, int Lost, int Duplicates, long QuotaTokens, double MeanLatency, int PeakRequests, long PeakTokens);

    private sealed record ScoreShape(int Score, string Verdict, IReadOnlyList<EvidenceShape> Evidence, string Summary);

    private sealed record EvidenceShape(string Skill, string Quote);

    private sealed class Progress(int total)
    {
        private int _done;

        public void Done(double simulatedSeconds)
        {
            var done = Interlocked.Increment(ref _done);
            if (done % 500 == 0 || done == total)
            {
                Console.WriteLine($"  {done}/{total} at {simulatedSeconds:0.0} s");
            }
        }
    }
}
