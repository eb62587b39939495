using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>ScreenCandidates with <c>mode=batch</c>: the LLM pass through the simulator's Batch API instead of chat.</summary>
public sealed class ScreeningBatchModeTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Batch_mode_gives_the_ranking_and_scores_of_chat_mode_at_the_batch_price()
    {
        var chat = await ScreenAsync(ScreeningModes.Chat);
        var batch = await ScreenAsync(ScreeningModes.Batch);

        Assert.Equal(3, batch.Outcome.LlmScored);
        Assert.Equal(chat.Ranking, batch.Ranking);
        Assert.Equal(chat.Outcome.Passed, batch.Outcome.Passed);
        Assert.Equal(chat.Outcome.InputTokens, batch.Outcome.InputTokens);
        Assert.Equal(3, batch.BatchLines);
        Assert.Equal(0, batch.ChatCalls);
        Assert.True(batch.Outcome.CostUsd > 0m && batch.Outcome.CostUsd < chat.Outcome.CostUsd, $"batch {batch.Outcome.CostUsd} vs chat {chat.Outcome.CostUsd}");
    }

    private static async Task<Run> ScreenAsync(string mode)
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct));
        }

        var (start, _, outcome, _) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 3, LlmTopK = 3, Mode = mode } }, Ct);
        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        var log = host.Simulator.RequestLog.Snapshot();
        return new Run(
            outcome,
            results.Results.Select(r => (r.Result.CandidateId, r.Result.LlmScore)).ToList(),
            log.Count(e => e.Route == "batch" && e.Billed),
            log.Count(e => e.Route != "batch" && e.Billed));
    }

    private sealed record Run(ScreeningOutcome Outcome, IReadOnlyList<(string CandidateId, double? LlmScore)> Ranking, int BatchLines, int ChatCalls);
}
