using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Core.Calls.Insights;
using ResumeFlow.Core.Calls.Transcripts;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Llm;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Testing.Storage;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.Workflows.Tests.Calls;

public sealed class LlmCallAnalyzerTests
{
    private const string Call = """
        Role: Data Engineer
        Candidate: Mia Wong
        Interviewer: Jonas Becker (Talent Acquisition)

        [00:00] Jonas: Hello Mia, can you tell me about your work at Contoso?
        [00:06] Mia: I run the Spark pipelines that feed our billing reports, about two terabytes a day.
        [00:20] Jonas: What is your notice period?
        [00:24] Mia: Two months, and I would need to stay remote.
        [00:30] Jonas: Fine. I will send you dates for a technical interview by Friday.
        """;

    private static CallTranscript Read(string text, string fileName = "mia.txt") =>
        Assert.Single(TranscriptReader.Read(fileName, Encoding.UTF8.GetBytes(text)).Calls);

    private static async Task<(OpenAISimulatorServer Simulator, ServiceProvider Services)> StartAsync(bool redactPii, CancellationToken cancellationToken)
    {
        var simulator = await OpenAISimulatorServer.StartAsync(CallLlmHarness.FastSimulator(), cancellationToken);
        var storage = StorageServices.CreateEmbedded();
        var services = new ServiceCollection()
            .AddSingleton(storage.Artifacts)
            .AddCallLlm(simulator, redactPii)
            .BuildServiceProvider();
        return (simulator, services);
    }

    [Fact]
    public async Task Analyses_a_call_with_quotes_found_in_its_transcript_and_linked_to_their_turn()
    {
        var ct = TestContext.Current.CancellationToken;
        var (simulator, services) = await StartAsync(redactPii: false, ct);
        await using var _ = simulator;
        await using var __ = services;
        var call = Read(Call);

        var result = await services.GetRequiredService<LlmCallAnalyzer>().AnalyzeAsync(call, "run-1", ct);

        Assert.True(result.AnalysisSucceeded, result.ErrorMessage);
        var insight = Assert.IsType<CallInsight>(result.Insight);
        Assert.NotEmpty(insight.Quotes);
        Assert.All(insight.Quotes, q =>
        {
            Assert.True(EvidenceValidator.Occurs(q.Quote, call.Text), q.Quote);
            Assert.NotNull(q.TurnIndex);
        });
        Assert.True(result.InputTokens > 0);
        Assert.Equal(5, result.Metrics.Turns);
        Assert.Equal("Jonas Becker", result.InterviewerName);
        var request = Assert.Single(simulator.RequestLog.ForItem("mia"));
        Assert.Contains("Spark pipelines", request.Messages[^1].Content, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_call_whose_analysis_keeps_failing_is_returned_with_its_error()
    {
        var ct = TestContext.Current.CancellationToken;
        var (simulator, services) = await StartAsync(redactPii: false, ct);
        await using var _ = simulator;
        await using var __ = services;
        var call = Read(Call + "\n[00:40] Mia: [[sim:500 x99]]\n");

        var result = await services.GetRequiredService<LlmCallAnalyzer>().AnalyzeAsync(call, cancellationToken: ct);

        Assert.False(result.AnalysisSucceeded);
        Assert.Null(result.Insight);
        Assert.False(string.IsNullOrEmpty(result.ErrorCode));
        Assert.Equal(6, result.Metrics.Turns);
        Assert.Equal(2, simulator.RequestLog.ForItem("mia").Count);
    }

    [Fact]
    public async Task With_redaction_the_model_sees_roles_not_names_and_redacted_quotes_are_rejected()
    {
        var ct = TestContext.Current.CancellationToken;
        var (simulator, services) = await StartAsync(redactPii: true, ct);
        await using var _ = simulator;
        await using var __ = services;
        // Every line carries an email the gateway redacts, so whatever the model quotes is not in the transcript.
        var call = Read("Jonas: Send the slides to jonas.becker@example.com please.\nMia: Sure, mine is mia.wong@example.com for the invite.\n", "emails.txt");

        var result = await services.GetRequiredService<LlmCallAnalyzer>().AnalyzeAsync(call, cancellationToken: ct);

        var sent = Assert.Single(simulator.RequestLog.ForItem("emails")).Messages[^1].Content;
        Assert.DoesNotContain("Jonas", sent, StringComparison.Ordinal);
        Assert.DoesNotContain("Mia", sent, StringComparison.Ordinal);
        Assert.Contains("Interviewer: Send the slides", sent, StringComparison.Ordinal);
        var insight = Assert.IsType<CallInsight>(result.Insight);
        Assert.Empty(insight.Quotes);
        Assert.NotEmpty(insight.RejectedQuotes);
        Assert.All(insight.RejectedQuotes, q => Assert.Equal(CallInsightValidator.NotInTranscript, q.RejectedReason));
    }

    [Fact]
    public void Request_puts_the_fixed_prompt_first_and_the_call_last()
    {
        var request = LlmCallAnalyzer.BuildRequest(Read(Call), new CallAnalysisOptions { Model = "gpt-4o", UseResultCache = false }, "run-1");

        Assert.Equal("mia", request.ItemKey);
        Assert.Equal(CallInsightPrompt.PromptVersion, request.PromptVersion);
        Assert.DoesNotContain("Mia", request.Instructions, StringComparison.Ordinal);
        Assert.Contains("# interviewer speaker: Jonas", request.UntrustedContent, StringComparison.Ordinal);
        Assert.False(request.UseCache);
        Assert.Equal(("gpt-4o", "run-1"), (request.Model, request.Scope));
    }

    [Fact]
    public void Registration_validates_and_resolves_the_analyzer()
    {
        using var services = new ServiceCollection()
            .AddSingleton<IArtifactStore>(_ => throw new InvalidOperationException("not used"))
            .AddResumeFlowLlm(o =>
            {
                o.Endpoint = "http://127.0.0.1:9/";
                o.ApiKey = "k";
            })
            .AddCallAnalysisWorkflow()
            .BuildServiceProvider();

        Assert.NotNull(services.GetRequiredService<LlmCallAnalyzer>());
        Assert.Contains(CallAnalysisTasks.All, t => t.Name == AnalyzeCallsOrchestrator.Name && t.Kind == ResumeFlow.Workflows.Catalogue.WorkflowTaskKind.Orchestrator);
    }
}
