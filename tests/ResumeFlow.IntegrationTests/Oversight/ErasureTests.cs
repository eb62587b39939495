using System.Text;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.Llm.Batches;
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
/// selection-rate attributes, a call analysis tied to them, a batch file and a screening in batch mode (whose input and output files the
/// provider still holds) is gone from every store afterwards, found by searching each store, the provider's files included, for the id and the name;
/// the screenings' reports are rewritten and marked amended; only the record of the erasure stays.
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
        var (batchStart, _, batchOutcome, _) = await host.RunAsync(
            new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = [target, others[0]], Options = new ScreeningOptions { LlmTopK = 2, Mode = ScreeningModes.Batch } }, Ct);
        Assert.Equal(2, batchOutcome.LlmScored);
        var providerFiles = host.Services.GetRequiredService<IBatchApiClient>();
        var heldBefore = await ProviderFilesMentioningAsync(providerFiles, target);
        Assert.True(heldBefore.Count >= 2, $"the provider holds the batch's input and output files: {heldBefore.Count}");
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

        Assert.Equal(new[] { start.ScreeningId, batchStart.ScreeningId }.Order(StringComparer.Ordinal), report.AmendedScreenings);
        Assert.Equal(heldBefore.Count, report.ProviderBatchFiles.Count);
        Assert.Empty(await ProviderFilesMentioningAsync(providerFiles, target));
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
        Assert.Equal(heldBefore.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), erasure.Details["providerBatchFiles"]);
        var deletedFile = erasure.Details["providerBatchFile1"]!;
        Assert.Contains(heldBefore, f => deletedFile.StartsWith(f.Id + " ", StringComparison.Ordinal));
        Assert.Contains("deleted whole; its results were stored before the erasure", deletedFile, StringComparison.Ordinal);
        var trail = await audit.ReadAsync(start.ScreeningId, Ct);
        Assert.Equal([AuditEventKinds.CandidateErased], trail.Where(e => e.CandidateId == target).Select(e => e.Kind));
        Assert.Contains(trail, e => e.Kind == AuditEventKinds.CandidateScored && e.CandidateId == others[0]);

        var again = await Assert.ThrowsAsync<ErasureException>(() => host.Services.GetRequiredService<ICandidateErasure>().EraseAsync(target, null, Ct));
        Assert.Equal(ErasureErrorCodes.CandidateNotFound, again.Code);
    }

    [Fact]
    public async Task Erasure_waits_for_a_provider_batch_still_running_on_the_candidate_and_removes_nothing()
    {
        // The simulator holds batches before their first line for a simulated day: the batch stays in progress.
        await using var host = await ScreeningLlmHost.StartAsync(Ct, simulator: o => o.BatchStartDelay = TimeSpan.FromDays(1));
        var target = await host.AddCandidateAsync("a.txt", ScreeningLlmHost.Cv(0), Ct);
        var batches = host.Services.GetRequiredService<IBatchApiClient>();
        var line = $$$"""{"custom_id":"{{{target}}}","method":"POST","url":"/chat/completions","body":{"model":"gpt-4o-mini","messages":[{"role":"user","content":"Score this CV."}]}}""" + "\n";
        var fileId = await batches.UploadFileAsync("erasure-wait-p000-r0", new BatchFilePart(0, Encoding.UTF8.GetBytes(line), [target]), Ct);
        var batch = await batches.CreateBatchAsync(new BatchCreateRequest("erasure-wait-p000-r0", fileId), Ct);
        Assert.False(batch.IsTerminal);

        var error = await Assert.ThrowsAsync<ErasureException>(() => host.Services.GetRequiredService<ICandidateErasure>().EraseAsync(target, null, Ct));

        Assert.Equal(ErasureErrorCodes.CandidateInUse, error.Code);
        Assert.Contains(batch.Id, error.Message, StringComparison.Ordinal);
        Assert.Contains(await batches.ListFilesAsync(Ct), f => f.Id == fileId);
        Assert.True(await MentionsAnywhereAsync(host, target), "nothing was removed");
        Assert.Empty(await host.Services.GetRequiredService<IAuditLog>().ReadAsync(AuditPartitions.Erasures, Ct));
    }

    [Fact]
    public async Task Erasure_waits_for_a_running_screening_that_names_the_candidate_only_through_its_stored_candidate_set()
    {
        // The LLM answers after an hour: the screening stays in its LLM pass while the erasure is asked for.
        await using var host = await ScreeningLlmHost.StartAsync(Ct, simulator: o => (o.TimeToFirstTokenMin, o.TimeToFirstTokenMax) = (TimeSpan.FromHours(1), TimeSpan.FromHours(1)));
        var target = await host.AddCandidateAsync("a.txt", ScreeningLlmHost.Cv(0), Ct);
        var other = await host.AddCandidateAsync("b.txt", ScreeningLlmHost.Cv(1), Ct);
        var start = await host.Screening.StartAsync(new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = [target, other], Options = new ScreeningOptions { LlmTopK = 2 } }, Ct);
        var running = await host.Client.GetInstanceAsync(start.InstanceId, getInputsAndOutputs: true, Ct);
        Assert.DoesNotContain(target, running!.SerializedInput!, StringComparison.Ordinal);

        var error = await Assert.ThrowsAsync<ErasureException>(() => host.Services.GetRequiredService<ICandidateErasure>().EraseAsync(target, null, Ct));

        Assert.Equal(ErasureErrorCodes.CandidateInUse, error.Code);
        Assert.Contains(start.InstanceId, error.Message, StringComparison.Ordinal);
        Assert.NotNull(await host.Client.GetInstanceAsync(start.InstanceId, Ct));
        await host.Client.TerminateInstanceAsync(start.InstanceId, cancellation: Ct);
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

    /// <summary>Searches every store for the id or the candidate's name: documents, artifacts, the provider's files, the LLM cache folder, Durable instances and history.</summary>
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

        var provider = host.Services.GetRequiredService<IBatchApiClient>();
        foreach (var file in await provider.ListFilesAsync(Ct))
        {
            if (Mentions(file.FileName) || Mentions(await provider.DownloadTextAsync(file.Id, Ct)))
            {
                return true;
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

    private static async Task<List<ProviderFile>> ProviderFilesMentioningAsync(IBatchApiClient batches, string candidateId)
    {
        var held = new List<ProviderFile>();
        foreach (var file in await batches.ListFilesAsync(Ct))
        {
            if ((await batches.DownloadTextAsync(file.Id, Ct)).Contains(candidateId, StringComparison.Ordinal))
            {
                held.Add(file);
            }
        }

        return held;
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
