using System.Text;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Erasure;
using ResumeFlow.Workflows.Fairness;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Review;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.IntegrationTests.Oversight;

/// <summary>
/// The right to erasure on the embedded default: a candidate seeded through ingestion (orchestration, upload,
/// text, profile, index), an LLM-scored screening (results, LLM cache, Durable history), a review, the audit trail,
/// selection-rate attributes, a call analysis tied to them and a batch file is gone from every store afterwards, found by searching each store for the id and the name;
/// the screening's report is rewritten and marked amended; only the record of the erasure stays.
/// </summary>
public sealed class ErasureTests
{
    private const string TargetName = "Alex Erasable";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Erasing_a_candidate_leaves_nothing_of_them_in_any_store_only_the_record_of_the_erasure()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct, (o, folder) =>
        {
            o.CacheEnabled = true;
            o.CacheDirectory = Path.Combine(folder, "llm-cache");
        });
        var target = await IngestAsync(host, $"{TargetName}\nalex.erasable@example.com\nBackend engineer since 2015.\nC# and .NET services with SQL, PostgreSQL, Docker and Kubernetes on Azure.");
        var others = new[] { await host.AddCandidateAsync("b.txt", ScreeningLlmHost.Cv(1), Ct), await host.AddCandidateAsync("c.txt", ScreeningLlmHost.Cv(4), Ct) };
        var (start, _, _, _) = await host.RunAsync(new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = [target, .. others], Options = new ScreeningOptions { LlmTopK = 3 } }, Ct);
        await host.Services.GetRequiredService<IReviewService>().ReviewAsync(start.ScreeningId, target, new ReviewRequest("Dana", ReviewDecision.Confirm, "Strong fit."), Ct);
        await host.Services.GetRequiredService<SelectionRateService>().SaveAsync(start.ScreeningId, [new(target, "group", "a"), new(others[0], "group", "b")], Ct);
        var calls = host.Services.GetRequiredService<ICallAnalysisService>();
        var transcript = await File.ReadAllBytesAsync(Path.Combine(RepositoryPaths.Root!, "samples", "calls", "call-01-priya-raman-backend.txt"), Ct);
        var run = await calls.StartAsync([new CallTranscriptUpload("call.txt", transcript)], target, Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitAsync(run, Ct)).RuntimeStatus);
        var artifacts = host.Services.GetRequiredService<IArtifactStore>();
        await PutTextAsync(artifacts, ArtifactContainers.BatchFiles, "jobs/j1/part-0.jsonl", $"{{\"custom_id\":\"{target}\"}}\n{{\"custom_id\":\"{others[0]}\"}}");
        Assert.True(await MentionsAnywhereAsync(host, target), "the seeding reached the stores");

        var report = await host.Services.GetRequiredService<ICandidateErasure>().EraseAsync(target, "dpo@example.com", Ct);

        Assert.Equal([start.ScreeningId], report.AmendedScreenings);
        Assert.True(report.Documents >= 3, $"candidate, result, review, index row: {report.Documents}");
        Assert.True(report.Artifacts >= 4, $"upload, text, profile, batch file: {report.Artifacts}");
        Assert.True(report.LlmCacheEntries >= 1);
        Assert.True(report.DurableInstances >= 2, "ingestion and screening instances");
        Assert.False(await MentionsAnywhereAsync(host, target), "nothing of the candidate remains");

        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        Assert.Equal(others.Order(StringComparer.Ordinal), results.Results.Select(r => r.Result.CandidateId).Order(StringComparer.Ordinal));
        var html = await ReviewAndAuditTests.ReadReportAsync(host, start.ScreeningId, "html");
        Assert.Contains("Amended:", html, StringComparison.Ordinal);
        Assert.Contains(others[0], await ReadTextAsync(artifacts, ArtifactContainers.BatchFiles, "jobs/j1/part-0.jsonl"), StringComparison.Ordinal);
        Assert.Contains(others[0], await ReadTextAsync(artifacts, ArtifactContainers.Reports, start.ScreeningId + "/attributes.json"), StringComparison.Ordinal);
        Assert.Null(await host.Client.GetInstanceAsync(run, Ct));

        var audit = host.Services.GetRequiredService<IAuditLog>();
        var erasure = Assert.Single(await audit.ReadAsync(AuditPartitions.Erasures, Ct));
        Assert.Equal(AuditEventKinds.CandidateErased, erasure.Kind);
        Assert.Equal("dpo@example.com", erasure.Actor);
        var trail = await audit.ReadAsync(start.ScreeningId, Ct);
        Assert.Equal([AuditEventKinds.CandidateErased], trail.Where(e => e.CandidateId == target).Select(e => e.Kind));
        Assert.Contains(trail, e => e.Kind == AuditEventKinds.CandidateScored && e.CandidateId == others[0]);

        var again = await Assert.ThrowsAsync<ErasureException>(() => host.Services.GetRequiredService<ICandidateErasure>().EraseAsync(target, null, Ct));
        Assert.Equal(ErasureErrorCodes.CandidateNotFound, again.Code);
    }

    [Fact]
    public async Task Erasing_an_unknown_candidate_is_a_404_code_and_removes_nothing()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var kept = await host.AddCandidateAsync("a.txt", ScreeningLlmHost.Cv(0), Ct);

        var error = await Assert.ThrowsAsync<ErasureException>(() => host.Services.GetRequiredService<ICandidateErasure>().EraseAsync(new string('f', 64), null, Ct));

        Assert.Equal(ErasureErrorCodes.CandidateNotFound, error.Code);
        Assert.True(await MentionsAnywhereAsync(host, kept));
        Assert.Empty(await host.Services.GetRequiredService<IAuditLog>().ReadAsync(AuditPartitions.Erasures, Ct));
    }

    private static async Task<string> IngestAsync(ScreeningLlmHost host, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        var start = await host.Services.GetRequiredService<ICvIngestionService>().UploadAsync(content, "alex-erasable.txt", "text/plain", Ct);
        var final = await host.WaitAsync(start.InstanceId, Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        return start.CandidateId;
    }

    /// <summary>Searches every store for the id or the candidate's name: documents, artifacts, the LLM cache folder, Durable instances and history.</summary>
    private static async Task<bool> MentionsAnywhereAsync(ScreeningLlmHost host, string candidateId)
    {
        bool Mentions(string? text) => text is not null && (text.Contains(candidateId, StringComparison.Ordinal) || text.Contains(TargetName, StringComparison.Ordinal));

        var documents = host.Services.GetRequiredService<IDocumentStore>();
        foreach (var container in DocumentContainers.All)
        {
            await foreach (var doc in documents.ReadAllAsync<JsonElement>(container, Ct))
            {
                var isErasureRecord = container == DocumentContainers.Audit && doc.GetProperty("kind").GetString() == AuditEventKinds.CandidateErased;
                if (!isErasureRecord && Mentions(doc.GetRawText()))
                {
                    return true;
                }
            }
        }

        var artifacts = host.Services.GetRequiredService<IArtifactStore>();
        var receipts = host.Services.GetRequiredService<IOptions<IngestionOptions>>().Value.ReceiptsContainer;
        foreach (var container in ArtifactContainers.All.Append(receipts).Append("cv-uploads").Append(CallArtifacts.Container))
        {
            await foreach (var item in artifacts.ListAsync(container, cancellationToken: Ct))
            {
                if (Mentions(item.Name) || Mentions(await ReadTextAsync(artifacts, container, item.Name)))
                {
                    return true;
                }
            }
        }

        var cacheFolder = host.Services.GetRequiredService<IOptions<Llm.LlmOptions>>().Value.CacheDirectory;
        if (cacheFolder is not null && Directory.Exists(cacheFolder)
            && Directory.EnumerateFiles(cacheFolder).Any(f => Mentions(File.ReadAllText(f))))
        {
            return true;
        }

        var history = host.Services.GetRequiredService<ResumeFlow.Durable.Client.IOrchestrationHistoryReader>();
        await foreach (var instance in host.Client.GetAllInstancesAsync(new OrchestrationQuery { FetchInputsAndOutputs = true }).WithCancellation(Ct))
        {
            if (Mentions(instance.InstanceId) || Mentions(instance.SerializedInput) || Mentions(instance.SerializedOutput) || Mentions(instance.SerializedCustomStatus)
                || Mentions(JsonSerializer.Serialize(await history.GetHistoryAsync(instance.InstanceId, Ct))))
            {
                return true;
            }
        }

        return false;
    }

    private static async Task PutTextAsync(IArtifactStore artifacts, string container, string name, string text)
    {
        using var content = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await artifacts.PutAsync(container, name, content, "application/jsonl", Ct);
    }

    private static async Task<string> ReadTextAsync(IArtifactStore artifacts, string container, string name)
    {
        await using var content = await artifacts.OpenReadAsync(container, name, Ct);
        using var reader = new StreamReader(content);
        return await reader.ReadToEndAsync(Ct);
    }
}
