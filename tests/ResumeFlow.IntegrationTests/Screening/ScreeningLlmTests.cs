using OpenAISimulator.Faults;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>ScreenCandidates with the LLM scorer against the simulator: the pre-filter, tokens and cost, and failure isolation.</summary>
public sealed class ScreeningLlmTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Top_k_pre_filter_sends_only_the_best_candidates_to_the_llm_once_each()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct));
        }

        var (start, _, outcome, status) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 2, LlmTopK = 2 } }, Ct);

        Assert.Equal(2, outcome.LlmScored);
        Assert.Equal(2, status.LlmTotal);
        Assert.Equal(2, status.LlmCompleted);
        Assert.True(outcome.InputTokens > 0 && outcome.OutputTokens > 0);
        Assert.Equal(outcome.InputTokens, status.InputTokens);
        var billed = host.Simulator.RequestLog.BilledByItem();
        Assert.Equal(2, billed.Count);
        Assert.All(billed.Values, count => Assert.Equal(1, count));

        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        var llmScored = results.Results.Where(r => r.Result.LlmScore is not null).ToList();
        Assert.Equal([1, 2], llmScored.Select(r => r.Rank));
        Assert.Equal(billed.Keys.Order(StringComparer.Ordinal), llmScored.Select(r => r.Result.CandidateId).Order(StringComparer.Ordinal));
        Assert.All(llmScored, r => Assert.Equal("gpt-4o-mini", r.Result.LlmModel));
    }

    [Fact]
    public async Task Without_top_k_every_admitted_candidate_is_llm_scored_in_the_same_pass()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct));
        }

        var (start, _, outcome, status) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 3, LlmTopK = null, LlmMinScore = 1 } }, Ct);

        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        var admitted = results.Results.Count(r => !r.Result.KnockedOut && r.Result.DeterministicScore >= 1);
        Assert.True(admitted >= 2, "the backend CVs are admitted");
        Assert.Equal(admitted, outcome.LlmScored);
        Assert.Equal(admitted, status.LlmTotal);
        Assert.Equal(2, status.ChunksTotal);
        Assert.Equal(admitted, host.Simulator.RequestLog.BilledByItem().Count);
    }

    [Fact]
    public async Task A_failed_llm_call_keeps_the_deterministic_score_and_a_retry_rescores_only_that_candidate()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", ScreeningLlmHost.Cv(i * 3), Ct));
        }

        // A content-filter refusal is not retried by the gateway: exactly one candidate's LLM call fails.
        host.Simulator.Faults.Inject(SimulatorFault.ContentFilter, 1);
        var (start, _, outcome, _) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { LlmTopK = 4 } }, Ct);

        Assert.Equal(1, outcome.Failed);
        Assert.Equal(3, outcome.LlmScored);
        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        var failed = Assert.Single(results.Results, r => r.Result.ErrorCode is not null).Result;
        Assert.Equal(ScreeningErrorCodes.LlmScoreFailed, failed.ErrorCode);
        Assert.True(failed.DeterministicScore > 0);
        var before = host.Simulator.RequestLog.Snapshot().Count;

        var retry = await host.Screening.RetryFailedAsync(start.ScreeningId, Ct);
        await host.WaitAsync(retry.InstanceId, Ct);

        var after = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        Assert.Equal(0, after.Screening.Failed);
        Assert.Equal(4, after.Screening.LlmScored);
        var newRequests = host.Simulator.RequestLog.Snapshot().Skip(before).ToList();
        Assert.NotEmpty(newRequests);
        Assert.All(newRequests, r => Assert.Equal(failed.CandidateId, r.ItemKey));
    }
}
