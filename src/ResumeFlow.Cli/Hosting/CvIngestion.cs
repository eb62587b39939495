using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;
using Spectre.Console;

namespace ResumeFlow.Cli.Hosting;

/// <summary>
/// Ingests CV files before a screening by running IngestCv on the engine, one instance per file
/// content (the candidate id is the content hash), all at once. A file already ingested costs one
/// point read; a file that cannot be read is reported and still screened (its result carries the
/// ingestion error code), so one bad file never stops the run.
/// </summary>
internal static class CvIngestion
{
    public static async Task<IReadOnlyList<IngestedCv>> IngestAsync(IServiceProvider services, IAnsiConsole console, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var artifacts = services.GetRequiredService<IArtifactStore>();
        var client = services.GetRequiredService<DurableTaskClient>();

        var cvs = new List<IngestedCv>(files.Count);
        var started = new List<(IngestedCv Cv, string InstanceId)>();
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var id = CandidateId.FromContent(bytes);
            var cv = new IngestedCv(file, id);
            if (cvs.Any(c => c.CandidateId == id))
            {
                continue;
            }

            cvs.Add(cv);
            if (await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, id, id, cancellationToken).ConfigureAwait(false) is { Document.Status: CandidateStatus.Ingested })
            {
                continue;
            }

            var fileName = Path.GetFileName(file);
            var blobName = id + "/" + fileName;
            using (var content = new MemoryStream(bytes, writable: false))
            {
                var contentType = DocumentExtractor.FormatFromFileName(fileName) is { } format ? DocumentExtractor.ContentTypeFor(format) : "application/octet-stream";
                await artifacts.PutAsync(ArtifactContainers.Cvs, blobName, content, contentType, cancellationToken).ConfigureAwait(false);
            }

            var instanceId = IngestionTaskNames.InstanceIdFor(id);
            var existing = await client.GetInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
            if (existing is null || existing.RuntimeStatus is OrchestrationRuntimeStatus.Failed or OrchestrationRuntimeStatus.Terminated)
            {
                if (existing is not null)
                {
                    await client.PurgeInstanceAsync(instanceId, cancellationToken).ConfigureAwait(false);
                }

                await client.ScheduleNewOrchestrationInstanceAsync(
                    IngestionTaskNames.IngestCv,
                    new IngestCvInput(id, ArtifactContainers.Cvs, blobName, fileName),
                    new StartOrchestrationOptions(instanceId),
                    cancellationToken).ConfigureAwait(false);
            }

            started.Add((cv, instanceId));
        }

        var failed = 0;
        foreach (var (cv, instanceId) in started)
        {
            var final = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false);
            var result = final.RuntimeStatus == OrchestrationRuntimeStatus.Completed && final.SerializedOutput is { } json
                ? JsonSerializer.Deserialize<IngestCvResult>(json, IngestionJson.Options)
                : null;
            if (result?.Status != CandidateStatus.Ingested)
            {
                failed++;
                var stored = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, cv.CandidateId, cv.CandidateId, cancellationToken).ConfigureAwait(false);
                var why = stored?.Document.Error is { } error ? $"[{error.Code}] {error.Message}" : final.FailureDetails?.ErrorMessage ?? final.RuntimeStatus.ToString();
                console.MarkupLine($"[yellow]warning[/]: {Markup.Escape(Path.GetFileName(cv.File))} could not be ingested: {Markup.Escape(why)}");
                if (stored is null)
                {
                    cvs.Remove(cv);
                }
            }
        }

        console.MarkupLine($"Ingested {files.Count} CV file(s): {started.Count - failed} new, {files.Count - started.Count} already known{(failed > 0 ? $", {failed} unreadable" : string.Empty)}.");
        return cvs;
    }
}
