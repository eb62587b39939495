using System.Globalization;
using System.Text;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Batches;

/// <summary>Names of a job's files in the batch-files container, and reading them back.</summary>
internal static class BatchArtifacts
{
    public static string Part(string jobId, int part, int round) => string.Create(CultureInfo.InvariantCulture, $"{jobId}/part-{part:D3}-r{round}.jsonl");

    public static string Manifest(string jobId) => jobId + "/manifest.json";

    public static async Task<string> ReadTextAsync(IArtifactStore artifacts, string container, string name, CancellationToken cancellationToken)
    {
        await using var stream = await artifacts.OpenReadAsync(container, name, cancellationToken).ConfigureAwait(false);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
    }

    public static async Task WriteTextAsync(IArtifactStore artifacts, string container, string name, string text, string contentType, CancellationToken cancellationToken)
    {
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await artifacts.PutAsync(container, name, stream, contentType, cancellationToken).ConfigureAwait(false);
    }

    public static Task WriteBatchFileAsync(IArtifactStore artifacts, string name, string text, CancellationToken cancellationToken)
        => WriteTextAsync(artifacts, ArtifactContainers.BatchFiles, name, text, "application/jsonl", cancellationToken);
}
