using Microsoft.Extensions.Time.Testing;
using ResumeFlow.Llm.Pacing;

namespace ResumeFlow.Llm.Tests.Pacing;

public sealed class QuotaPacerTests
{
    private static QuotaPacer CreateSut(FakeTimeProvider time, int requestsPerMinute = 60, int tokensPerMinute = 1_000_000) => new(
        new LlmOptions
        {
            RequestsPerMinute = requestsPerMinute,
            TokensPerMinute = tokensPerMinute,
            QuotaWindow = TimeSpan.FromSeconds(60),
            QuotaUtilization = 1.0,
            MaxConcurrency = 1000,
            BreakerFailureThreshold = 3,
            BreakDuration = TimeSpan.FromSeconds(30),
        },
        time);

    [Fact]
    public async Task Admissions_are_spread_at_the_quota_rate_not_released_in_a_burst()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time, requestsPerMinute: 60);

        // One request per second; the burst tolerance (1 s) lets at most two through at once.
        var leases = Enumerable.Range(0, 10).Select(_ => sut.AcquireAsync(10, TestContext.Current.CancellationToken)).ToList();
        await Task.Yield();
        Assert.InRange(leases.Count(t => t.IsCompleted), 1, 2);

        for (var s = 0; s < 12 && leases.Any(t => !t.IsCompleted); s++)
        {
            time.Advance(TimeSpan.FromSeconds(1));
            await Task.Delay(10, TestContext.Current.CancellationToken);
        }

        Assert.All(leases, t => Assert.True(t.IsCompletedSuccessfully));
    }

    [Fact]
    public async Task Token_budget_counts_prompt_plus_max_tokens()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time, requestsPerMinute: 100_000, tokensPerMinute: 6_000);

        // 6,000 tokens a minute = 100 a second; a 3,000-token request uses half a minute of budget.
        (await sut.AcquireAsync(3_000, TestContext.Current.CancellationToken)).Dispose();
        var second = sut.AcquireAsync(3_000, TestContext.Current.CancellationToken);
        await Task.Yield();
        Assert.False(second.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(31));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.True(second.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Rate_limited_response_pauses_the_whole_deployment_for_retry_after()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time, requestsPerMinute: 600_000);
        var rejected = await sut.AcquireAsync(1, TestContext.Current.CancellationToken);
        sut.OnRateLimited(rejected, TimeSpan.FromSeconds(5));
        rejected.Dispose();

        var waiting = sut.AcquireAsync(1, TestContext.Current.CancellationToken);
        await Task.Yield();
        Assert.False(waiting.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(4));
        await Task.Delay(20, TestContext.Current.CancellationToken);
        Assert.False(waiting.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(1.1));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.True(waiting.IsCompletedSuccessfully);
    }

    [Fact]
    public async Task Remaining_headers_lower_than_expected_shrink_the_budget()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time, requestsPerMinute: 600_000, tokensPerMinute: 10_000);

        // The window holds 10,000 tokens; after our 1,000 the provider says only 2,000 remain: someone else used 7,000.
        var lease = await sut.AcquireAsync(1_000, TestContext.Current.CancellationToken);
        sut.OnRemaining(lease, remainingRequests: null, remainingTokens: 2_000);
        lease.Dispose();

        time.Advance(TimeSpan.FromSeconds(20)); // the token rate alone would allow another 3,300 tokens by now
        await Task.Delay(20, TestContext.Current.CancellationToken);
        var next = sut.AcquireAsync(2_500, TestContext.Current.CancellationToken);
        await Task.Yield();
        Assert.False(next.IsCompleted);
    }

    [Fact]
    public async Task Breaker_opens_after_consecutive_failures_and_lets_one_probe_through()
    {
        var time = new FakeTimeProvider();
        var sut = CreateSut(time, requestsPerMinute: 600_000);
        for (var i = 0; i < 3; i++)
        {
            time.Advance(TimeSpan.FromSeconds(1)); // no burst allowance at start: requests are spaced
            using var lease = await sut.AcquireAsync(1, TestContext.Current.CancellationToken);
            sut.OnFailure(lease);
        }

        var blocked = sut.AcquireAsync(1, TestContext.Current.CancellationToken);
        await Task.Yield();
        Assert.False(blocked.IsCompleted);

        time.Advance(TimeSpan.FromSeconds(31));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        var probe = await blocked;
        Assert.True(probe.IsProbe);

        var afterProbe = sut.AcquireAsync(1, TestContext.Current.CancellationToken);
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.False(afterProbe.IsCompleted);

        sut.OnSuccess(probe);
        probe.Dispose();
        time.Advance(TimeSpan.FromSeconds(1));
        await Task.Delay(50, TestContext.Current.CancellationToken);
        Assert.True(afterProbe.IsCompletedSuccessfully);
    }
}
