using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Core.Jobs;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Llm;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Tests.Scoring;

public sealed class LlmCandidateScorerTests
{
    private const string JobText = """
        ## Job title
        Backend Engineer

        ## Required Skills
        - Kubernetes
        - C# and .NET
        - PostgreSQL

        ## Required Experience
        - At least 3 years as a Backend Engineer
        """;

    private const string Cv = """
        ## Personal Information
        Name: Ada Example

        ## Skills
        - C#, .NET and PostgreSQL for payment systems
        - Kubernetes operations and Helm charts

        ## Experience
        Backend Engineer, Contoso (2019 - 2024)
        - Built payment services in C# on Kubernetes with PostgreSQL
        """;

    private static readonly JobProfile Job = JobAnalyzer.Analyze(JobText);

    private static async Task<(OpenAISimulatorServer Simulator, ServiceProvider Services)> StartAsync(SimulatorOptions options, CancellationToken cancellationToken)
    {
        var simulator = await OpenAISimulatorServer.StartAsync(options, cancellationToken);
        var services = new ServiceCollection()
            .AddResumeFlowLlm(o =>
            {
                o.Provider = LlmProvider.AzureOpenAI;
                o.Endpoint = simulator.BaseUri.ToString();
                o.ApiKey = "test-key";
                o.Deployment = "gpt-4o-mini";
                o.RetryBaseDelay = TimeSpan.FromMilliseconds(10);
                o.MaxRetryDelay = TimeSpan.FromMilliseconds(50);
                o.MaxRetries = 1;
                o.Prices["gpt-4o-mini"] = new LlmPrice { Input = 0.15m, Output = 0.60m };
            })
            .AddResumeFlowScoring()
            .BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true });
        return (simulator, services);
    }

    private static SimulatorOptions Fast(double malformedRate = 0) => new()
    {
        ClockFactor = 50,
        TimeToFirstTokenMin = TimeSpan.FromMilliseconds(5),
        TimeToFirstTokenMax = TimeSpan.FromMilliseconds(10),
        OutputTokensPerSecond = 100_000,
        MalformedJsonRate = malformedRate,
    };

    [Fact]
    public async Task Scores_through_the_gateway_and_keeps_only_quotes_found_in_the_cv()
    {
        var ct = TestContext.Current.CancellationToken;
        var (simulator, services) = await StartAsync(Fast(), ct);
        await using var _ = simulator;
        await using var __ = services;
        var scorer = services.GetRequiredService<LlmCandidateScorer>();

        var result = await scorer.ScoreAsync(Job, new ScoringInput("cand-1", Cv), scope: "screening-1", cancellationToken: ct);

        Assert.True(result.LlmScored, result.ErrorMessage);
        Assert.Null(result.ErrorCode);
        Assert.True(result.Usage.InputTokens > 0);
        Assert.True(result.CostUsd > 0);
        Assert.InRange(result.Score.Score, 0, 100);
        Assert.Equal(ScoringRubric.Criteria, result.Score.Criteria.Select(c => c.Name));
        var evidence = result.Score.Criteria.SelectMany(c => c.Evidence).ToList();
        Assert.NotEmpty(evidence);
        Assert.All(evidence, quote => Assert.True(EvidenceValidator.Occurs(quote, Cv), quote));
        Assert.Single(simulator.RequestLog.ForItem("cand-1"));
    }

    [Fact]
    public async Task Prompt_puts_rubric_and_job_first_and_the_cv_last()
    {
        var ct = TestContext.Current.CancellationToken;
        var (simulator, services) = await StartAsync(Fast(), ct);
        await using var _ = simulator;
        await using var __ = services;
        var scorer = services.GetRequiredService<LlmCandidateScorer>();

        await scorer.ScoreAsync(Job, new ScoringInput("cand-1", Cv), cancellationToken: ct);
        await scorer.ScoreAsync(Job, new ScoringInput("cand-2", Cv.Replace("Ada", "Grace", StringComparison.Ordinal)), cancellationToken: ct);

        var first = simulator.RequestLog.ForItem("cand-1").Single().Messages;
        var second = simulator.RequestLog.ForItem("cand-2").Single().Messages;
        var all = string.Join("\n", first.Select(m => m.Content));
        var rubric = all.IndexOf("RUBRIC", StringComparison.Ordinal);
        var job = all.IndexOf("FULL JOB DESCRIPTION", StringComparison.Ordinal);
        var cv = all.IndexOf("Ada Example", StringComparison.Ordinal);
        Assert.True(rubric >= 0 && rubric < job && job < cv, $"rubric {rubric}, job {job}, cv {cv}");
        Assert.Contains("Ada Example", first[^1].Content, StringComparison.Ordinal);

        // Everything before the CV is identical across candidates, so the provider's prompt cache applies.
        Assert.Equal(first.Take(first.Count - 1).Select(m => m.Content), second.Take(second.Count - 1).Select(m => m.Content));
    }

    [Fact]
    public async Task A_failed_call_falls_back_to_the_deterministic_score_with_its_error()
    {
        var ct = TestContext.Current.CancellationToken;
        var (simulator, services) = await StartAsync(Fast(malformedRate: 1), ct);
        await using var _ = simulator;
        await using var __ = services;
        var scorer = services.GetRequiredService<LlmCandidateScorer>();
        var deterministic = services.GetRequiredService<DeterministicScorer>().Score(Job, new ScoringInput("cand-1", Cv));

        var result = await scorer.ScoreAsync(Job, new ScoringInput("cand-1", Cv), deterministic, cancellationToken: ct);

        Assert.False(result.LlmScored);
        Assert.False(string.IsNullOrEmpty(result.ErrorCode));
        Assert.Equal(deterministic, result.Score);
    }

    [Fact]
    public void Cost_estimate_uses_the_configured_prices_and_is_unknown_without_one()
    {
        var services = new ServiceCollection()
            .AddResumeFlowLlm(o =>
            {
                o.Endpoint = "http://127.0.0.1:9/";
                o.ApiKey = "k";
                o.Prices["gpt-4o-mini"] = new LlmPrice { Input = 0.15m, Output = 0.60m };
            })
            .AddResumeFlowScoring()
            .BuildServiceProvider();
        using var _ = services;
        var scorer = services.GetRequiredService<LlmCandidateScorer>();

        var small = scorer.EstimateCostPerCandidate(Job, 2_000, "gpt-4o-mini");
        var large = scorer.EstimateCostPerCandidate(Job, 20_000, "gpt-4o-mini");

        Assert.True(small > 0);
        Assert.True(large > small);
        Assert.Null(scorer.EstimateCostPerCandidate(Job, 2_000, "unpriced-model"));
    }

    [Fact]
    public void Request_declares_the_cv_untrusted_and_versions_the_prompt()
    {
        var request = LlmCandidateScorer.BuildRequest(Job, new ScoringInput("cand-1", Cv), new LlmScoringOptions { Model = "gpt-4o" }, "s1");
        Assert.Equal("cand-1", request.ItemKey);
        Assert.Equal(Cv, request.UntrustedContent);
        Assert.DoesNotContain("Ada Example", request.Instructions + request.SharedContext, StringComparison.Ordinal);
        Assert.Equal(ScoringRubric.PromptVersion, request.PromptVersion);
        Assert.Equal(LlmCandidateScorer.Schema, request.JsonSchema);
        Assert.Equal("gpt-4o", request.Model);
        Assert.Equal("s1", request.Scope);
    }
}
