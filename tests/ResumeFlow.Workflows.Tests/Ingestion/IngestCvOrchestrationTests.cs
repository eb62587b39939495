using System.Text.Json;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using ResumeFlow.Core.Profiles;
using Microsoft.DurableTask.Client;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Tests.Ingestion;

/// <summary>IngestCv on the SDK types. One body per behaviour, run on every executor (subclasses below).</summary>
public abstract class IngestCvOrchestrationTests
{
    /// <summary>The executor this run of the shared bodies uses.</summary>
    protected abstract OrchestrationExecutor Executor { get; }

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_uploaded_pdf_ends_as_text_profile_and_an_ingested_candidate()
    {
        await using var host = await IngestionTestHost.StartAsync(Token, executor: Executor);
        var bytes = SampleFiles.ResumePdf();

        var start = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "jane.pdf", "application/pdf", Token);
        var final = await host.WaitAsync(start.InstanceId, Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        Assert.Equal(CandidateId.FromContent(bytes), start.CandidateId);
        Assert.Equal(IngestionTaskNames.InstanceIdFor(start.CandidateId), start.InstanceId);
        Assert.False(start.AlreadyKnown);
        Assert.Contains("\"done\"", final.SerializedCustomStatus, StringComparison.Ordinal);

        var candidate = (await host.Documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, start.CandidateId, start.CandidateId, Token))!.Document;
        Assert.Equal(CandidateStatus.Ingested, candidate.Status);
        Assert.Equal("jane.pdf", candidate.FileName);
        Assert.Equal(bytes.Length, candidate.Size);
        Assert.Equal("Pdf", candidate.Format);
        Assert.Equal($"cvs/{start.CandidateId}/jane.pdf", candidate.Artifacts.Original);
        Assert.Equal($"cv-text/{start.CandidateId}.txt", candidate.Artifacts.Text);
        Assert.Equal($"cv-profiles/{start.CandidateId}.json", candidate.Artifacts.Profile);
        Assert.Equal(["Header", "Summary", "Experience", "Education", "Skills"], candidate.SectionKinds);
        Assert.Contains("Kubernetes", candidate.Skills);
        Assert.NotNull(candidate.IngestedAt);

        var text = await host.ReadTextAsync(candidate.Artifacts.Text!, Token);
        Assert.Contains("Senior Software Engineer | Contoso GmbH", text, StringComparison.Ordinal);
        var profile = JsonSerializer.Deserialize<CandidateProfile>(await host.ReadTextAsync(candidate.Artifacts.Profile!, Token), IngestionJson.Options)!;
        Assert.Equal("Contoso GmbH", Assert.Single(profile.WorkHistory).Company);
        Assert.Equal(["jane.doe@example.com"], profile.Contacts.Emails);

        // The orchestration carried references only, never the CV's text.
        Assert.DoesNotContain("Contoso", final.SerializedInput, StringComparison.Ordinal);
        Assert.DoesNotContain("Contoso", final.SerializedOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Ingestion_stores_the_scorer_features_keyed_by_the_stored_text_and_profile()
    {
        await using var host = await IngestionTestHost.StartAsync(Token, executor: Executor);
        var start = await host.Ingestion.UploadAsync(new MemoryStream(SampleFiles.ResumePdf()), "jane.pdf", "application/pdf", Token);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitAsync(start.InstanceId, Token)).RuntimeStatus);

        var candidate = (await host.Documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, start.CandidateId, start.CandidateId, Token))!.Document;
        var text = await host.ReadTextAsync(candidate.Artifacts.Text!, Token);
        var profileJson = await host.ReadTextAsync(candidate.Artifacts.Profile!, Token);
        var profile = JsonSerializer.Deserialize<CandidateProfile>(profileJson, IngestionJson.Options)!;
        var stored = JsonSerializer.Deserialize<StoredCandidateFeatures>(
            await host.ReadTextAsync($"{ArtifactContainers.CvFeatures}/{IngestionArtifacts.FeaturesName(start.CandidateId)}", Token), IngestionJson.Options)!;

        // The key a screening computes from what it loads: these features are current for it.
        Assert.Equal(CandidateFeatureStore.Key(text, System.Text.Encoding.UTF8.GetBytes(profileJson), profile), stored.Key);
        Assert.Contains(stored.Features.Lines, l => l.Contains("Contoso GmbH", StringComparison.Ordinal));
        Assert.NotEmpty(stored.Features.Experience);
    }

    [Fact]
    public async Task The_same_file_uploaded_again_starts_no_new_work()
    {
        await using var host = await IngestionTestHost.StartAsync(Token, executor: Executor);
        var bytes = SampleFiles.ResumePdf();
        var first = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "jane.pdf", null, Token);
        var done = await host.WaitAsync(first.InstanceId, Token);

        var again = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "jane.pdf", null, Token);
        var renamed = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "Jane Doe CV (1).pdf", null, Token);

        Assert.True(again.AlreadyKnown);
        Assert.True(renamed.AlreadyKnown);
        Assert.Equal(first.InstanceId, again.InstanceId);
        Assert.Equal(first.InstanceId, renamed.InstanceId);
        var after = await host.Client.GetInstanceAsync(first.InstanceId, Token);
        Assert.Equal(done.LastUpdatedAt, after!.LastUpdatedAt);
        var page = await host.ListInstancesAsync(Token);
        Assert.Single(page, i => i.InstanceId.StartsWith("ingest-", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Hidden_text_is_flagged_on_the_candidate_and_not_in_its_skills()
    {
        await using var host = await IngestionTestHost.StartAsync(Token, executor: Executor);

        var start = await host.Ingestion.UploadAsync(new MemoryStream(SampleFiles.ResumePdf(withHiddenText: true)), "stuffed.pdf", null, Token);
        await host.WaitAsync(start.InstanceId, Token);

        var candidate = (await host.Documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, start.CandidateId, start.CandidateId, Token))!.Document;
        var flag = Assert.Single(candidate.Flags);
        Assert.Equal(DocumentFlags.HiddenText, flag.Code);
        Assert.Contains("Golang", flag.Detail, StringComparison.Ordinal);
        Assert.DoesNotContain("Go", candidate.Skills);
        Assert.DoesNotContain("Rust", candidate.Skills);
        Assert.DoesNotContain("Golang", await host.ReadTextAsync(candidate.Artifacts.Text!, Token), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("broken.pdf", "%PDF-1.7 this is no pdf at all", DocumentErrorCodes.CorruptFile)]
    [InlineData("empty.txt", "", DocumentErrorCodes.EmptyFile)]
    [InlineData("photo.pdf", "\u0089PNG\r\n\u001a\n0000", DocumentErrorCodes.TypeMismatch)]
    [InlineData("cv.odt", "some text", DocumentErrorCodes.UnsupportedType)]
    public async Task Bad_input_fails_its_instance_with_a_stable_code_keeps_the_upload_and_spares_the_others(string fileName, string content, string code)
    {
        var settings = new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "2048" };
        await using var host = await IngestionTestHost.StartAsync(Token, settings, executor: Executor);
        var bytes = System.Text.Encoding.Latin1.GetBytes(content);

        var bad = await host.Ingestion.UploadAsync(new MemoryStream(bytes), fileName, null, Token);
        var good = await host.Ingestion.UploadAsync(new MemoryStream(SampleFiles.Text(SampleFiles.ResumeText)), "john.txt", null, Token);
        var badFinal = await host.WaitAsync(bad.InstanceId, Token);
        var goodFinal = await host.WaitAsync(good.InstanceId, Token);

        Assert.Equal(OrchestrationRuntimeStatus.Failed, badFinal.RuntimeStatus);
        Assert.StartsWith(code + ":", badFinal.FailureDetails!.ErrorMessage, StringComparison.Ordinal);
        Assert.Contains($"\"error\":\"{code}\"", badFinal.SerializedCustomStatus, StringComparison.Ordinal);
        var candidate = (await host.Documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, bad.CandidateId, bad.CandidateId, Token))!.Document;
        Assert.Equal(CandidateStatus.Failed, candidate.Status);
        Assert.Equal(code, candidate.Error!.Code);
        Assert.Null(candidate.Artifacts.Text);
        Assert.NotNull(await host.Artifacts.GetInfoAsync(ArtifactContainers.Cvs, bad.BlobName, Token));

        Assert.Equal(OrchestrationRuntimeStatus.Completed, goodFinal.RuntimeStatus);

        // The same bad file again: a failed candidate is tried again (and fails the same way).
        var again = await host.Ingestion.UploadAsync(new MemoryStream(bytes), fileName, null, Token);
        Assert.False(again.AlreadyKnown);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await host.WaitAsync(again.InstanceId, Token)).RuntimeStatus);
    }

    [Fact]
    public async Task A_failed_candidate_is_ingested_when_the_same_bytes_come_again_under_a_fitting_name()
    {
        await using var host = await IngestionTestHost.StartAsync(Token, executor: Executor);
        var bytes = SampleFiles.Text(SampleFiles.ResumeText);

        var wrong = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "cv.odt", null, Token);
        Assert.Equal(OrchestrationRuntimeStatus.Failed, (await host.WaitAsync(wrong.InstanceId, Token)).RuntimeStatus);

        var right = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "cv.txt", null, Token);

        Assert.Equal(wrong.CandidateId, right.CandidateId);
        Assert.False(right.AlreadyKnown);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitAsync(right.InstanceId, Token)).RuntimeStatus);
        var candidate = (await host.Documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, right.CandidateId, right.CandidateId, Token))!.Document;
        Assert.Equal(CandidateStatus.Ingested, candidate.Status);
    }

    [Fact]
    public async Task A_streamed_upload_over_the_limit_is_refused_as_it_arrives_and_leaves_nothing_behind()
    {
        var settings = new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "1024" };
        await using var host = await IngestionTestHost.StartAsync(Token, settings, executor: Executor);
        using var bytes = new MemoryStream(new byte[1024 * 1024]);
        using var body = new NonSeekableStream(bytes);

        var error = await Assert.ThrowsAsync<IngestionFailedException>(() => host.Ingestion.UploadAsync(body, "big.txt", null, Token));

        Assert.Equal(DocumentErrorCodes.FileTooLarge, error.ErrorCode);
        Assert.True(body.Position < 200_000, $"read {body.Position} bytes of a 1 MB body with a 1 KB limit");
        foreach (var container in new[] { ArtifactContainers.Cvs, "cv-uploads" })
        {
            await foreach (var blob in host.Artifacts.ListAsync(container, cancellationToken: Token))
            {
                Assert.Fail($"nothing should be stored, found {container}/{blob.Name}");
            }
        }
    }

    [Fact]
    public async Task An_upload_beyond_the_upload_limit_is_refused_and_not_stored()
    {
        var settings = new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "1024", ["Ingestion:MaxUploadBytes"] = "2048" };
        await using var host = await IngestionTestHost.StartAsync(Token, settings, executor: Executor);

        var error = await Assert.ThrowsAsync<IngestionFailedException>(() => host.Ingestion.UploadAsync(new MemoryStream(new byte[4096]), "big.pdf", null, Token));

        Assert.Equal(DocumentErrorCodes.FileTooLarge, error.ErrorCode);
        await foreach (var blob in host.Artifacts.ListAsync(ArtifactContainers.Cvs, cancellationToken: Token))
        {
            Assert.Fail($"nothing should be stored, found {blob.Name}");
        }
    }

    [Fact]
    public async Task A_file_name_that_is_a_path_is_reduced_to_its_name()
    {
        await using var host = await IngestionTestHost.StartAsync(Token, executor: Executor);

        var start = await host.Ingestion.UploadAsync(new MemoryStream(SampleFiles.Text(SampleFiles.ResumeText)), "../../etc/cv.txt", null, Token);

        Assert.Equal($"{start.CandidateId}/cv.txt", start.BlobName);
        await Assert.ThrowsAsync<IngestionFailedException>(() => host.Ingestion.UploadAsync(new MemoryStream([1]), "../", null, Token));
    }
}

public sealed class IngestCvOrchestrationTests_on_the_embedded_engine : IngestCvOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.Embedded;
}

public sealed class IngestCvOrchestrationTests_on_the_in_process_test_host : IngestCvOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.InProcessTestHost;
}

/// <summary>On the Azure Storage provider over Azurite (run through scripts/test.sh); one at a time, as the other Azurite tests.</summary>
[Collection(AzuriteOrchestrations.Name)]
public sealed class IngestCvOrchestrationTests_on_azure_storage : IngestCvOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.AzureStorage;
}
