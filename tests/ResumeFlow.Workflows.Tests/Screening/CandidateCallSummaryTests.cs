using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Testing;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;
using ResumeFlow.Workflows.Tests.Calls;

namespace ResumeFlow.Workflows.Tests.Screening;

/// <summary>A call analysis tied to a candidate shows as a short summary in that candidate's screening results and report.</summary>
public abstract class CandidateCallSummaryTests
{
    protected abstract OrchestrationExecutor Executor { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_call_tied_to_a_candidate_shows_its_summary_in_their_screening_result_and_report_only()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(CallLlmHarness.FastSimulator(), Ct);
        await using var host = await ScreeningTestHost.StartAsync(Ct, configure: services => services.AddCallLlm(simulator), executor: Executor);
        var called = await host.AddCandidateAsync("called.txt", SampleCvs.Strong(1), cancellationToken: Ct);
        var other = await host.AddCandidateAsync("other.txt", SampleCvs.Medium(2), cancellationToken: Ct);
        var calls = host.Services.GetRequiredService<ICallAnalysisService>();
        var transcript = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root!, "samples", "calls", "call-01-priya-raman-backend.txt"), Ct);

        var run = await calls.WaitAsync(await calls.StartAsync([new CallTranscriptUpload("call-01.txt", transcript)], called, Ct), Ct);
        var (start, _, _) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [called, other], Options = new ScreeningOptions { UseLlm = false } }, Ct);

        Assert.Equal(1, run.Analysed);
        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        var note = Assert.Single(results.Results, r => r.Call is not null).Call!;
        Assert.Equal((called, run.RunId), (note.CandidateId, note.RunId));
        Assert.Equal(["call-01"], note.CallIds);
        Assert.StartsWith("1 call", note.Summary, StringComparison.Ordinal);
        Assert.Null(results.Results.Single(r => r.Result.CandidateId == other).Call);

        var report = JsonSerializer.Deserialize<ScreeningReport>(await host.ReadReportAsync(start.ScreeningId, "json", Ct), ScreeningJson.Options)!;
        Assert.Equal(note.Summary, report.Candidates.Single(c => c.CandidateId == called).CallSummary);
        Assert.Null(report.Candidates.Single(c => c.CandidateId == other).CallSummary);
        var html = await host.ReadReportAsync(start.ScreeningId, "html", Ct);
        Assert.Contains("Screening call: " + System.Net.WebUtility.HtmlEncode(note.Summary), html, StringComparison.Ordinal);
    }
}

public sealed class CandidateCallSummaryTests_on_the_embedded_engine : CandidateCallSummaryTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.Embedded;
}

public sealed class CandidateCallSummaryTests_on_the_in_process_test_host : CandidateCallSummaryTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.InProcessTestHost;
}
