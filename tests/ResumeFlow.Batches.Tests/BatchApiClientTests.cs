using System.Text;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Batches.Tests;

public sealed class BatchApiClientTests
{
    [Fact]
    public async Task Rerun_after_a_crash_between_upload_and_creation_creates_no_second_batch()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BatchTestHost.StartAsync(OrchestrationExecutor.Embedded, new SimulatorOptions(), _ => { }, ct);
        var client = host.Services.GetRequiredService<IBatchApiClient>();
        var builder = host.Services.GetRequiredService<IBatchFileBuilder>();
        var artifacts = host.Services.GetRequiredService<IArtifactStore>();
        var part = builder.Build([new() { ItemKey = "c1", Instructions = "i", JsonSchema = """{"type":"object"}""", SchemaName = "s", UntrustedContent = "cv" }])[0];
        using (var stream = new MemoryStream(part.Content.ToArray()))
        {
            await artifacts.PutAsync(ArtifactContainers.BatchFiles, "job/part.jsonl", stream, "application/jsonl", ct);
        }

        // The first run got as far as the upload and died.
        var uploaded = await client.UploadFileAsync("job-p000-r0", new BatchFilePart(0, part.Content, []), ct);

        // The activity runs again from the start, twice (the second time as if the result was lost after creation).
        var activity = new SubmitBatchFileActivity(client, artifacts, host.Services.GetRequiredService<Microsoft.Extensions.Hosting.IHostApplicationLifetime>());
        var first = await activity.RunAsync(null!, new SubmitBatchFileInput("job-p000-r0", "job/part.jsonl"));
        var second = await activity.RunAsync(null!, new SubmitBatchFileInput("job-p000-r0", "job/part.jsonl"));

        Assert.Equal(first, second);
        var batch = await client.GetBatchAsync(first, ct);
        Assert.Equal(uploaded, batch.InputFileId);
        Assert.Equal("job-p000-r0", batch.JobId);
        using var http = new HttpClient { BaseAddress = host.Simulator.BaseUri };
        var batches = await http.GetStringAsync("openai/batches?api-version=2024-10-21", ct);
        Assert.Equal(1, CountOccurrences(batches, "\"object\":\"batch\""));
        var files = await http.GetStringAsync("openai/files?api-version=2024-10-21", ct);
        Assert.Equal(1, CountOccurrences(files, "job-p000-r0"));
    }

    [Fact]
    public async Task Deleting_a_file_removes_it_from_the_provider_and_a_second_delete_finds_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BatchTestHost.StartAsync(OrchestrationExecutor.Embedded, new SimulatorOptions(), _ => { }, ct);
        var client = host.Services.GetRequiredService<IBatchApiClient>();
        var content = Encoding.UTF8.GetBytes("""{"custom_id":"c1","method":"POST","url":"/chat/completions","body":{"model":"m","messages":[{"role":"user","content":"x"}]}}""" + "\n");
        var kept = await client.UploadFileAsync("kept", new BatchFilePart(0, content, []), ct);
        var doomed = await client.UploadFileAsync("doomed", new BatchFilePart(0, content, []), ct);
        Assert.Contains("\"custom_id\":\"c1\"", await client.DownloadTextAsync(doomed, ct), StringComparison.Ordinal);

        Assert.True(await client.DeleteFileAsync(doomed, ct));
        Assert.False(await client.DeleteFileAsync(doomed, ct));

        Assert.True(client.IsConfigured);
        Assert.Equal([kept], (await client.ListFilesAsync(ct)).Select(f => f.Id));
    }

    [Fact]
    public async Task Lookup_finds_a_batch_beyond_the_first_page()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BatchTestHost.StartAsync(OrchestrationExecutor.Embedded, new SimulatorOptions(), o => o.MaxLookupPages = 5, ct);
        var client = host.Services.GetRequiredService<IBatchApiClient>();
        var content = Encoding.UTF8.GetBytes("""{"custom_id":"a","method":"POST","url":"/chat/completions","body":{"model":"m","messages":[{"role":"user","content":"x"}]}}""" + "\n");
        var target = await client.CreateBatchAsync(new BatchCreateRequest("old-job", await client.UploadFileAsync("old-job", new BatchFilePart(0, content, []), ct)), ct);
        for (var i = 0; i < 105; i++)
        {
            await client.CreateBatchAsync(new BatchCreateRequest($"newer-{i}", "file-x"), ct);
        }

        var found = await client.FindBatchAsync("old-job", target.InputFileId, ct);

        Assert.Equal(target.Id, found?.Id);
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + value.Length, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
