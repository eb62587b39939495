using ResumeFlow.Core.Candidates;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Tests.Ingestion;

public sealed class CvBlobScannerTests
{
    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Blobs_dropped_in_the_container_are_ingested_once_even_after_a_restart()
    {
        await using var host = await IngestionTestHost.StartAsync(Token);
        await host.Artifacts.PutAsync(ArtifactContainers.Cvs, "inbox/jane.pdf", new MemoryStream(SampleFiles.ResumePdf()), "application/pdf", Token);
        await host.Artifacts.PutAsync(ArtifactContainers.Cvs, "inbox/john.txt", new MemoryStream(SampleFiles.Text(SampleFiles.ResumeText)), "text/plain", Token);

        var starts = await host.Scanner.ScanAsync(cancellationToken: Token);
        Assert.Equal(2, starts.Count);
        foreach (var start in starts)
        {
            Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitAsync(start.InstanceId, Token)).RuntimeStatus);
            var candidate = await host.Documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, start.CandidateId, start.CandidateId, Token);
            Assert.Equal(CandidateStatus.Ingested, candidate!.Document.Status);
            Assert.Equal($"cvs/{start.BlobName}", candidate.Document.Artifacts.Original);
        }

        Assert.Empty(await host.Scanner.ScanAsync(cancellationToken: Token));

        await host.RestartAsync(Token);

        Assert.Empty(await host.Scanner.ScanAsync(cancellationToken: Token));
        var page = await host.ListInstancesAsync(Token);
        Assert.Equal(2, page.Count);
    }

    [Fact]
    public async Task An_upload_through_the_service_is_not_picked_up_again_by_the_scanner()
    {
        await using var host = await IngestionTestHost.StartAsync(Token);
        var start = await host.Ingestion.UploadAsync(new MemoryStream(SampleFiles.ResumePdf()), "jane.pdf", null, Token);
        await host.WaitAsync(start.InstanceId, Token);

        Assert.Empty(await host.Scanner.ScanAsync(cancellationToken: Token));
    }

    [Fact]
    public async Task A_copy_of_a_known_file_under_another_name_is_receipted_without_new_work()
    {
        await using var host = await IngestionTestHost.StartAsync(Token);
        var bytes = SampleFiles.ResumePdf();
        var first = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "jane.pdf", null, Token);
        var done = await host.WaitAsync(first.InstanceId, Token);
        await host.Artifacts.PutAsync(ArtifactContainers.Cvs, "copies/jane-again.pdf", new MemoryStream(bytes), "application/pdf", Token);

        var start = Assert.Single(await host.Scanner.ScanAsync(cancellationToken: Token));

        Assert.True(start.AlreadyKnown);
        Assert.Equal(first.InstanceId, start.InstanceId);
        Assert.Equal(done.LastUpdatedAt, (await host.Client.GetInstanceAsync(first.InstanceId, Token))!.LastUpdatedAt);
        Assert.Empty(await host.Scanner.ScanAsync(cancellationToken: Token));
    }

    [Fact]
    public async Task A_blob_overwritten_with_new_content_is_ingested_as_a_new_candidate()
    {
        await using var host = await IngestionTestHost.StartAsync(Token);
        await host.Artifacts.PutAsync(ArtifactContainers.Cvs, "cv.txt", new MemoryStream(SampleFiles.Text(SampleFiles.ResumeText)), "text/plain", Token);
        var first = Assert.Single(await host.Scanner.ScanAsync(cancellationToken: Token));
        await host.WaitAsync(first.InstanceId, Token);

        await host.Artifacts.PutAsync(ArtifactContainers.Cvs, "cv.txt", new MemoryStream(SampleFiles.Text(SampleFiles.ResumeText + "\nPython")), "text/plain", Token);
        var second = Assert.Single(await host.Scanner.ScanAsync(cancellationToken: Token));

        Assert.NotEqual(first.CandidateId, second.CandidateId);
        Assert.False(second.AlreadyKnown);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, (await host.WaitAsync(second.InstanceId, Token)).RuntimeStatus);
    }
}
