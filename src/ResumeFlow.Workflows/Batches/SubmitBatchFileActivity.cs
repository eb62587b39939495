using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Uploads an input file and creates its batch; returns the batch id. Both steps look up what a previous run of
/// this activity (killed after the upload, or after the creation but before the result was recorded) left, by the
/// lookup id in the file name and batch metadata, so the provider never runs or bills a file twice.
/// </summary>
internal sealed class SubmitBatchFileActivity(IBatchApiClient client, IArtifactStore artifacts, IHostApplicationLifetime lifetime) : TaskActivity<SubmitBatchFileInput, string>
{
    public override async Task<string> RunAsync(TaskActivityContext context, SubmitBatchFileInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        await using var stream = await artifacts.OpenReadAsync(ArtifactContainers.BatchFiles, input.Artifact, cancellationToken).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken).ConfigureAwait(false);
        var fileId = await client.UploadFileAsync(input.LookupId, new BatchFilePart(0, buffer.ToArray(), []), cancellationToken).ConfigureAwait(false);
        var batch = await client.CreateBatchAsync(new BatchCreateRequest(input.LookupId, fileId), cancellationToken).ConfigureAwait(false);
        return batch.Id;
    }
}
