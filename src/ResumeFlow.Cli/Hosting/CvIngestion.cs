using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Documents;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;
using Spectre.Console;

namespace ResumeFlow.Cli.Hosting;

/// <summary>
/// Ingests CV files before a screening through the same <see cref="ICvIngestionService"/> as the
/// HTTP upload (one IngestCv instance per file content; a failed candidate is tried again). A file
/// already ingested costs one hash and one point read. A file that cannot be opened or is over the
/// size limit (checked before reading) is skipped and reported; a file that fails ingestion is
/// reported and still screened (its result carries the error code). One bad file never stops the run.
/// </summary>
internal static class CvIngestion
{
    public static async Task<IReadOnlyList<IngestedCv>> IngestAsync(IServiceProvider services, IAnsiConsole console, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var ingestion = services.GetRequiredService<ICvIngestionService>();
        var client = services.GetRequiredService<DurableTaskClient>();
        var maxBytes = services.GetRequiredService<IOptions<IngestionOptions>>().Value.UploadLimit;

        var cvs = new List<IngestedCv>(files.Count);
        var started = new List<(IngestedCv Cv, string InstanceId)>();
        var skipped = 0;
        foreach (var file in files)
        {
            var start = await TryUploadAsync(ingestion, console, file, maxBytes, cancellationToken).ConfigureAwait(false);
            if (start is null)
            {
                skipped++;
                continue;
            }

            if (cvs.Any(c => c.CandidateId == start.CandidateId))
            {
                continue;
            }

            var cv = new IngestedCv(file, start.CandidateId);
            cvs.Add(cv);
            if (start.AlreadyKnown && await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, cv.CandidateId, cv.CandidateId, cancellationToken).ConfigureAwait(false) is { Document.Status: CandidateStatus.Ingested })
            {
                continue;
            }

            started.Add((cv, start.InstanceId));
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

        var known = files.Count - skipped - started.Count;
        console.MarkupLine($"Ingested {files.Count} CV file(s): {started.Count - failed} new, {known} already known{(failed > 0 ? $", {failed} unreadable" : string.Empty)}{(skipped > 0 ? $", {skipped} skipped" : string.Empty)}.");
        return cvs;
    }

    /// <summary>Opens and uploads one file; null (reported) when it cannot be used.</summary>
    private static async Task<IngestionStart?> TryUploadAsync(ICvIngestionService ingestion, IAnsiConsole console, string file, long maxBytes, CancellationToken cancellationToken)
    {
        try
        {
            var length = new FileInfo(file).Length;
            if (length > maxBytes)
            {
                CvFiles.Skip(console, file, DocumentErrorCodes.FileTooLarge, $"{length:N0} bytes is over the {maxBytes:N0}-byte limit; not read.");
                return null;
            }

            var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (stream.ConfigureAwait(false))
            {
                return await ingestion.UploadAsync(stream, Path.GetFileName(file), contentType: null, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (IngestionFailedException ex)
        {
            CvFiles.Skip(console, file, ex.ErrorCode, ex.Message);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            CvFiles.Skip(console, file, CliErrorCodes.CvUnreadable, ex.Message);
        }

        return null;
    }
}
