using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAISimulator;
using ResumeFlow.Llm.Deployments;
using ResumeFlow.Llm.Tests.Support;

namespace ResumeFlow.Llm.Tests.Gateway;

public sealed class DeploymentSpillOverTests
{
    private static readonly SimulatorOptions Fast = new() { ClockFactor = 20 };

    private static void TwoDeployments(LlmOptions o, int primaryRequestsPerMinute)
    {
        o.Deployment = "primary";
        o.SpillOverAfter = TimeSpan.FromMilliseconds(200);
        o.Deployments["primary"] = new LlmDeploymentOptions { RequestsPerMinute = primaryRequestsPerMinute, SpillOver = ["secondary"] };
        o.Deployments["secondary"] = new LlmDeploymentOptions { Price = new LlmPrice { Input = 1m, Output = 2m } };
    }

    [Fact]
    public async Task Requests_spill_over_to_the_second_deployment_while_the_first_quota_is_saturated()
    {
        var ct = TestContext.Current.CancellationToken;

        // The primary admits one request per quota window (10 s simulated, 0.5 s real); the rest must not queue behind it.
        await using var harness = await LlmHarness.StartAsync(Fast, o => TwoDeployments(o, primaryRequestsPerMinute: 6), ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 8).Select(i =>
            harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("s" + i.ToString(CultureInfo.InvariantCulture), TestRequests.Cv(i)), ct)));

        Assert.All(results, r => Assert.True(r.Success, r.ErrorMessage));
        Assert.All(results, r => Assert.Equal("primary", r.RequestedModel));
        var log = harness.Simulator.RequestLog.Snapshot();
        Assert.InRange(log.Count(e => e.Deployment == "primary"), 1, 2);
        Assert.Equal(log.Count(e => e.Deployment == "secondary"), results.Count(r => r.SpilledOver));
        Assert.True(results.Count(r => r.SpilledOver) >= 6, "most requests went to the free deployment");
        Assert.Equal(0, harness.Simulator.RequestLog.CountStatus(429));
    }

    [Fact]
    public async Task Request_failing_on_its_deployment_is_retried_on_the_spill_over_deployment_and_priced_there()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(Fast, o => TwoDeployments(o, primaryRequestsPerMinute: 600), ct);

        var result = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("f1", TestRequests.Cv(1, "[[sim:500]]")), ct);

        Assert.True(result.Success, result.ErrorMessage);
        Assert.Equal("secondary", result.Model);
        Assert.True(result.SpilledOver);
        Assert.Equal(["primary", "secondary"], harness.Simulator.RequestLog.ForItem("f1").Select(e => e.Deployment));
        Assert.True(result.CostUsd > 0, "the secondary deployment's own prices apply");
        Assert.Equal(result.CostUsd, harness.Meter.GetModelTotals("secondary").CostUsd);
    }

    [Fact]
    public async Task Deployment_without_spill_over_waits_for_its_own_quota()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(Fast, o =>
        {
            o.Deployment = "solo";
            o.SpillOverAfter = TimeSpan.Zero;
            o.Deployments["solo"] = new LlmDeploymentOptions { RequestsPerMinute = 120 };
            o.Deployments["other"] = new LlmDeploymentOptions();
        }, ct);

        var results = await Task.WhenAll(Enumerable.Range(0, 4).Select(i =>
            harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("w" + i.ToString(CultureInfo.InvariantCulture), TestRequests.Cv(i)), ct)));

        Assert.All(results, r => Assert.Equal("solo", r.Model));
        Assert.All(harness.Simulator.RequestLog.Snapshot(), e => Assert.Equal("solo", e.Deployment));
    }

    [Fact]
    public void Spill_over_to_an_unknown_deployment_is_rejected_at_start()
    {
        var services = new ServiceCollection();
        services.AddResumeFlowLlm(o =>
        {
            o.Endpoint = "http://127.0.0.1:1/";
            o.Deployments["a"] = new LlmDeploymentOptions { SpillOver = ["missing"] };
        });
        using var provider = services.BuildServiceProvider();

        var error = Assert.Throws<OptionsValidationException>(() => provider.GetRequiredService<IOptions<LlmOptions>>().Value);
        Assert.Contains("SpillOver", error.Message, StringComparison.Ordinal);
    }
}
