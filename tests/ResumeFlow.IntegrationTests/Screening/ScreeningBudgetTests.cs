using System.Text.Json;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>ScreenCandidates with a budget cap and with a model of unknown price, against the simulator.</summary>
public sealed class ScreeningBudgetTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Budget_below_one_candidate_keeps_every_deterministic_score_and_calls_no_llm()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var ids = await AddAsync(host, 6);

        var (_, _, outcome, status) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 3, LlmTopK = 3, BudgetUsd = 0.000001m } }, Ct);

        Assert.Equal(0, outcome.LlmScored);
        Assert.Equal(6, outcome.Scored);
        Assert.Equal(3, status.BudgetSkipped);
        Assert.True(status.EstimatedLlmCostUsd > 0.000001m);
        Assert.Empty(host.Simulator.RequestLog.BilledByItem());
    }

    [Fact]
    public async Task Budget_above_the_estimate_scores_every_chosen_candidate_within_it()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var ids = await AddAsync(host, 6);

        var (_, _, outcome, status) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 3, LlmTopK = 3, BudgetUsd = 5m } }, Ct);

        Assert.Equal(3, outcome.LlmScored);
        Assert.Equal(0, status.BudgetSkipped);
        Assert.NotNull(status.EstimatedLlmCostUsd);
        Assert.True(outcome.CostUsd is > 0m and <= 5m, $"cost {outcome.CostUsd}");
    }

    [Fact]
    public async Task Budget_with_a_model_of_unknown_price_is_refused_with_price_unknown()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct, (o, _) => o.Deployment = "house-model");
        var ids = await AddAsync(host, 2);

        var refused = await Assert.ThrowsAsync<ScreeningException>(() => host.Screening.StartAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { BudgetUsd = 1m } }, Ct));

        Assert.Equal(ScreeningErrorCodes.PriceUnknown, refused.Code);
        Assert.Contains("house-model", refused.Message, StringComparison.Ordinal);
        Assert.Empty(host.Simulator.RequestLog.BilledByItem());
    }

    [Fact]
    public async Task Model_of_unknown_price_reports_cost_unknown_in_status_and_report_never_zero()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct, (o, _) => o.Deployment = "house-model");
        var ids = await AddAsync(host, 3);

        var (start, _, outcome, status) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 3, LlmTopK = 2 } }, Ct);

        Assert.Equal(2, outcome.LlmScored);
        Assert.True(outcome.InputTokens > 0);
        Assert.Null(outcome.CostUsd);
        Assert.True(status.PriceUnknown);
        Assert.Null(status.CostUsd);
        var report = JsonSerializer.Deserialize<ScreeningReport>(await ReadReportAsync(host, start.ScreeningId), ScreeningJson.Options)!;
        Assert.True(report.Cost.PriceUnknown);
        Assert.Null(report.Cost.CostUsd);
        Assert.Contains("price unknown", await ReadReportAsync(host, start.ScreeningId, "html"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0.35, 3)]
    [InlineData(0.30, 2)]
    [InlineData(0.05, 0)]
    public void Estimate_keeps_the_best_candidates_whose_costs_fit_the_budget(double budget, int kept)
    {
        var estimate = new ScreeningCostEstimate([0.10m, 0.20m, 0.05m, 0.40m], PriceKnown: true);

        Assert.Equal(kept, estimate.FittingWithin((decimal)budget));
        Assert.Equal(0, new ScreeningCostEstimate([], PriceKnown: false).FittingWithin(100m));
    }

    private static async Task<List<string>> AddAsync(ScreeningLlmHost host, int count)
    {
        var ids = new List<string>();
        for (var i = 0; i < count; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct));
        }

        return ids;
    }

    private static async Task<string> ReadReportAsync(ScreeningLlmHost host, string screeningId, string format = "json")
    {
        var file = await host.Screening.OpenReportAsync(screeningId, format, Ct);
        await using var content = file.Content;
        using var reader = new StreamReader(content);
        return await reader.ReadToEndAsync(Ct);
    }
}
