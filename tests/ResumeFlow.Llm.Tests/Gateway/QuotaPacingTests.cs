using System.Globalization;
using OpenAISimulator;
using OpenAISimulator.Faults;
using ResumeFlow.Llm.Tests.Support;

namespace ResumeFlow.Llm.Tests.Gateway;

public sealed class QuotaPacingTests
{
    [Theory]
    [InlineData(600, 10_000_000)] // requests per minute bind
    [InlineData(100_000, 240_000)] // tokens per minute bind
    public async Task Pacing_keeps_every_quota_window_within_capacity(int requestsPerMinute, int tokensPerMinute)
    {
        var ct = TestContext.Current.CancellationToken;

        // The simulator only observes here (no 429s), so the peak it records is the gateway's own demand. The
        // gateway admits by its clock and the simulator counts on arrival, which jitters on a loaded machine, hence
        // a tolerance (5 % was exceeded once, 106 of 105, while the whole suite ran in parallel); unpaced, the same
        // burst would be 30-100% over.
        const double tolerance = 0.10;
        await using var harness = await LlmHarness.StartAsync(
            new SimulatorOptions { RequestsPerMinute = requestsPerMinute, TokensPerMinute = tokensPerMinute, ClockFactor = 1, EnforceQuota = false },
            cancellationToken: ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 130).Select(i =>
            harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("c" + i.ToString(CultureInfo.InvariantCulture), TestRequests.Cv(i)), ct)));

        Assert.All(results, r => Assert.True(r.Success, r.ErrorMessage));
        var (requestCapacity, tokenCapacity) = harness.Simulator.WindowCapacity;
        Assert.InRange(harness.Simulator.PeakWindowRequests("gpt-4o-mini"), 1, requestCapacity * (1 + tolerance));
        Assert.InRange(harness.Simulator.PeakWindowTokens("gpt-4o-mini"), 1, tokenCapacity * (1 + tolerance));
    }

    [Fact]
    public async Task Rate_limit_storm_is_recovered_with_every_item_completed_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(
            new SimulatorOptions { RequestsPerMinute = 3000, TokensPerMinute = 10_000_000, ClockFactor = 10, StormRetryAfter = TimeSpan.FromSeconds(2) },
            cancellationToken: ct);
        harness.Simulator.Faults.Inject(SimulatorFault.RateLimit, 60);

        var keys = Enumerable.Range(0, 120).Select(i => "storm-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var results = await Task.WhenAll(keys.Select((k, i) => harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score(k, TestRequests.Cv(i)), ct)));

        Assert.All(results, r => Assert.True(r.Success, r.ErrorMessage));
        Assert.Equal(60, harness.Simulator.RequestLog.CountStatus(429));
        var billed = harness.Simulator.RequestLog.BilledByItem();
        Assert.Equal(keys.Order(StringComparer.Ordinal), billed.Keys.Order(StringComparer.Ordinal));
        Assert.All(billed, p => Assert.Equal(1, p.Value));
    }

    [Fact]
    public async Task Server_errors_and_timeouts_are_retried_until_every_item_completes_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(
            new SimulatorOptions { RequestsPerMinute = 3000, TokensPerMinute = 10_000_000, ClockFactor = 10, ServerErrorRate = 0.2, TimeoutRate = 0.1 },
            o =>
            {
                o.RequestTimeout = TimeSpan.FromMilliseconds(800);
                o.MaxRetries = 12;
            },
            ct);

        var keys = Enumerable.Range(0, 80).Select(i => "flaky-" + i.ToString(CultureInfo.InvariantCulture)).ToArray();
        var results = await Task.WhenAll(keys.Select((k, i) => harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score(k, TestRequests.Cv(i)), ct)));

        Assert.All(results, r => Assert.True(r.Success, r.ErrorMessage));
        var log = harness.Simulator.RequestLog.Snapshot();
        Assert.Contains(log, e => e.Outcome == "server_error");
        Assert.Contains(log, e => e.Outcome == "timeout");
        var billed = harness.Simulator.RequestLog.BilledByItem();
        Assert.Equal(keys.Length, billed.Count);
        Assert.All(billed, p => Assert.Equal(1, p.Value));
        Assert.All(results, r => Assert.True(r.Attempts >= 1));
    }

    [Fact]
    public async Task Breaker_pauses_admissions_while_the_provider_keeps_failing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(
            new SimulatorOptions { RequestsPerMinute = 3000, TokensPerMinute = 10_000_000, ClockFactor = 10 },
            o =>
            {
                o.MaxConcurrency = 8;
                o.MaxRetries = 30;
                o.BreakerFailureThreshold = 5;
                o.BreakDuration = TimeSpan.FromMilliseconds(300);
            },
            ct);
        harness.Simulator.Faults.InjectFor(SimulatorFault.ServiceUnavailable, TimeSpan.FromSeconds(1.5));

        var results = await Task.WhenAll(Enumerable.Range(0, 30).Select(i =>
            harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("down-" + i.ToString(CultureInfo.InvariantCulture), TestRequests.Cv(i)), ct)));

        Assert.All(results, r => Assert.True(r.Success, r.ErrorMessage));

        // Without the breaker 30 items retrying every 20-400 ms for 1.5 s would send well over 100 doomed requests;
        // with it, the first in-flight wave fails and then one probe per break.
        var failures = harness.Simulator.RequestLog.CountStatus(503);
        Assert.InRange(failures, 5, 30);
        Assert.All(harness.Simulator.RequestLog.BilledByItem(), p => Assert.Equal(1, p.Value));
    }
}
