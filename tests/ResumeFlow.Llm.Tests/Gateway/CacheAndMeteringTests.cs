using OpenAISimulator;
using ResumeFlow.Llm.Tests.Support;

namespace ResumeFlow.Llm.Tests.Gateway;

public sealed class CacheAndMeteringTests
{
    [Fact]
    public async Task Cache_hit_sends_no_request_and_costs_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, cancellationToken: ct);
        var request = TestRequests.Score("cand-1", TestRequests.Cv(1));

        var first = await harness.Gateway.CompleteJsonAsync<ScoreReply>(request, ct);
        var second = await harness.Gateway.CompleteJsonAsync<ScoreReply>(request, ct);

        Assert.True(first.Success && second.Success);
        Assert.False(first.FromCache);
        Assert.True(second.FromCache);
        Assert.Equal(0, second.Attempts);
        Assert.Equal(0m, second.CostUsd);
        Assert.Equal(first.Json, second.Json);
        Assert.Equal(1, harness.Simulator.RequestLog.Count);
    }

    [Fact]
    public async Task New_prompt_version_misses_the_cache()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, cancellationToken: ct);

        await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("cand-1", TestRequests.Cv(1), "v1"), ct);
        var other = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("cand-1", TestRequests.Cv(1), "v2"), ct);

        Assert.False(other.FromCache);
        Assert.Equal(2, harness.Simulator.RequestLog.Count);
    }

    [Fact]
    public async Task File_cache_survives_a_new_gateway()
    {
        var ct = TestContext.Current.CancellationToken;
        var folder = Path.Combine(Path.GetTempPath(), "rf-llm-cache-" + Guid.NewGuid().ToString("N"));
        try
        {
            var request = TestRequests.Score("cand-9", TestRequests.Cv(9));
            await using (var first = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, o => o.CacheDirectory = folder, ct))
            {
                Assert.True((await first.Gateway.CompleteJsonAsync<ScoreReply>(request, ct)).Success);
            }

            await using var second = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, o => o.CacheDirectory = folder, ct);
            var again = await second.Gateway.CompleteJsonAsync<ScoreReply>(request, ct);

            Assert.True(again.FromCache);
            Assert.Equal(0, second.Simulator.RequestLog.Count);
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Cost_is_metered_per_model_and_scope_from_configured_prices()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(
            new SimulatorOptions { ClockFactor = 20, PromptCacheMinTokens = 0 },
            o => o.Prices["gpt-4o-mini"] = new LlmPrice { Input = 0.15m, CachedInput = 0.075m, Output = 0.60m },
            ct);

        var a = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("a", TestRequests.Cv(1)) with { Scope = "screening-1" }, ct);
        var b = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("b", TestRequests.Cv(2)) with { Scope = "screening-1" }, ct);

        Assert.True(a.Success && b.Success);

        // The second request repeats the fixed prefix, which the simulator reports as cached input.
        Assert.Equal(0, a.Usage.CachedInputTokens);
        Assert.True(b.Usage.CachedInputTokens > 0);
        var expected = ((b.Usage.InputTokens - b.Usage.CachedInputTokens) * 0.15m + b.Usage.CachedInputTokens * 0.075m + b.Usage.OutputTokens * 0.60m) / 1_000_000m;
        Assert.Equal(expected, b.CostUsd);
        var scope = harness.Meter.GetScopeTotals("screening-1");
        Assert.Equal(2, scope.Requests);
        Assert.Equal(a.CostUsd + b.CostUsd, scope.CostUsd);
        Assert.Equal(a.Usage.InputTokens + b.Usage.InputTokens, harness.Meter.GetModelTotals("gpt-4o-mini").InputTokens);
    }

    [Fact]
    public async Task Cost_without_configured_prices_comes_from_the_list_price_not_zero()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, cancellationToken: ct);

        var reply = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("a", TestRequests.Cv(1)), ct);

        Assert.True(reply.Success);
        var list = ResumeFlow.Llm.Pricing.ListPrices.Models["gpt-4o-mini"];
        Assert.Equal(list.Cost(reply.Usage, batch: false), reply.CostUsd);
        Assert.True(reply.CostUsd > 0m);
    }

    [Fact]
    public async Task Cost_of_a_model_without_a_price_is_unknown()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, o => o.Deployment = "house-model", ct);

        var reply = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("a", TestRequests.Cv(1)) with { Scope = "s" }, ct);

        Assert.True(reply.Success);
        Assert.True(reply.Usage.InputTokens > 0);
        Assert.Null(reply.CostUsd);
        Assert.True(harness.Meter.GetScopeTotals("s").PriceUnknown);
    }
}
