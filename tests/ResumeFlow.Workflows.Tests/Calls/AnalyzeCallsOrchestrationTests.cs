using ResumeFlow.Workflows.Catalogue;
using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAISimulator;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Testing;
using ResumeFlow.Testing.Storage;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Calls.Reports;

namespace ResumeFlow.Workflows.Tests.Calls;

/// <summary>AnalyzeCalls on Microsoft's in-process test host (slow: a handful of calls only), the LLM through the simulator.</summary>
public sealed class AnalyzeCallsOrchestrationTests
{
    private static async Task<string> ReadAsync(IArtifactStore store, string name, CancellationToken cancellationToken)
    {
        await using var stream = await store.OpenReadAsync(CallArtifacts.Container, name, cancellationToken);
        using var reader = new StreamReader(stream);
        return await reader.ReadToEndAsync(cancellationToken);
    }

    [Fact]
    public async Task Run_completes_with_a_failing_call_and_a_broken_file_reported_and_writes_the_report()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var simulator = await OpenAISimulatorServer.StartAsync(CallLlmHarness.FastSimulator(), ct);
        await using var storage = StorageServices.CreateEmbedded();
        await using var host = await DurableTaskTestHost.StartAsync(
            registry => registry.AddWorkflowTasks(CallAnalysisTasks.All),
            new DurableTaskTestHostOptions { ConfigureServices = services => services.AddSingleton(storage.Artifacts).AddCallLlm(simulator) },
            ct);
        var samples = Path.Combine(RepositoryPaths.Root!, "samples", "calls");
        List<CallTranscriptUpload> uploads =
        [
            .. new[] { "call-01-priya-raman-backend.txt", "call-02-marco-rossi-backend.txt", "call-03-sofia-martinez-frontend.txt" }
                .Select(f => new CallTranscriptUpload(f, File.ReadAllBytes(Path.Combine(samples, f)))),
            new("always-fails.srt", Encoding.UTF8.GetBytes("1\n00:00:00,000 --> 00:00:03,000\nAnn: Shall we start? [[sim:500 x99]]\n\n2\n00:00:03,500 --> 00:00:05,000\nBob: Yes please.\n")),
            new("broken-missing-header.vtt", Encoding.UTF8.GetBytes("00:00:00.000 --> 00:00:02.000\nAnn: Hello?\n")),
        ];
        // Chunks of two: the four readable calls run as two sub-orchestrations.
        var service = new CallAnalysisService(host.Client, storage.Artifacts, Options.Create(new CallAnalysisOptions { ChunkSize = 2 }), TimeProvider.System);

        var instanceId = await service.StartAsync(uploads, ct);
        var result = await service.WaitAsync(instanceId, ct);

        Assert.Equal((4, 3, 1, 1), (result.Calls, result.Analysed, result.Failed, result.UnreadableFiles));
        var status = (await service.GetAsync(instanceId, ct))!.ReadCustomStatusAs<CallAnalysisStatus>()!;
        Assert.Equal(("done", 2, 2), (status.Phase, status.ChunksDone, status.ChunksTotal));

        var report = JsonSerializer.Deserialize<CallReport>(await ReadAsync(storage.Artifacts, result.ReportJson, ct), CallsJson.Options)!;
        var failed = Assert.Single(report.Calls, c => !c.AnalysisSucceeded);
        Assert.Equal("always-fails", failed.CallId);
        Assert.False(string.IsNullOrEmpty(failed.ErrorCode));
        Assert.Equal("broken-missing-header.vtt", Assert.Single(report.UnreadableFiles).Source);
        Assert.Equal(3, report.Aggregate.Outcomes.Values.Sum());
        Assert.Equal(["Ann", "Jonas Becker", "Laura Gómez"], report.Aggregate.Interviewers.Select(i => i.Interviewer));

        var html = await ReadAsync(storage.Artifacts, result.ReportHtml, ct);
        Assert.Equal(4, html.Split("<svg", StringSplitOptions.None).Length - 1);
        var quote = report.Calls.SelectMany(c => (c.Insight?.Quotes ?? []).Select(q => (c.CallId, q.TurnIndex))).First();
        Assert.Contains($"href=\"#call-{quote.CallId}-t{quote.TurnIndex}\"", html, StringComparison.Ordinal);
        Assert.Contains($"id=\"call-{quote.CallId}-t{quote.TurnIndex}\"", html, StringComparison.Ordinal);
        var csv = await ReadAsync(storage.Artifacts, result.ReportCsv, ct);
        Assert.Equal(5, csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);

        // Retrying only the failures leaves the successful calls alone and pays for the failing one again.
        var before = simulator.RequestLog.Count;
        var retried = await service.WaitAsync(await service.RetryFailedAsync(result.RunId, ct), ct);
        Assert.Equal((3, 1), (retried.Analysed, retried.Failed));
        Assert.Equal(2, simulator.RequestLog.Count - before);
    }
}
