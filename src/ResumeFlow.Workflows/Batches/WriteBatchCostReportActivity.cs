using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Batches;

/// <summary>Writes a job's cost report, JSON and HTML, to the reports container.</summary>
internal sealed class WriteBatchCostReportActivity(IArtifactStore artifacts, IHostApplicationLifetime lifetime) : TaskActivity<BatchCostReportInput, BatchCostReportRef>
{
    public override async Task<BatchCostReportRef> RunAsync(TaskActivityContext context, BatchCostReportInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var json = Name(input.JobId, "json");
        var html = Name(input.JobId, "html");
        await BatchArtifacts.WriteTextAsync(artifacts, ArtifactContainers.Reports, json, BatchCostReportWriter.Json(input), "application/json", lifetime.ApplicationStopping).ConfigureAwait(false);
        await BatchArtifacts.WriteTextAsync(artifacts, ArtifactContainers.Reports, html, await BatchCostReportWriter.HtmlAsync(input).ConfigureAwait(false), "text/html", lifetime.ApplicationStopping).ConfigureAwait(false);
        return new BatchCostReportRef(IngestionArtifacts.Reference(ArtifactContainers.Reports, json), IngestionArtifacts.Reference(ArtifactContainers.Reports, html));
    }

    /// <summary>The report's name in the reports container.</summary>
    public static string Name(string jobId, string format) => $"batches/{jobId}/cost.{format}";
}
