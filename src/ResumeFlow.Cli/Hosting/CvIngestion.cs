using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Documents;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using Spectre.Console;

namespace ResumeFlow.Cli.Hosting;

/// <summary>Ingests CV files before a screening; a file already ingested (same content hash) costs one point read.</summary>
internal static class CvIngestion
{
    public static async Task<IReadOnlyList<IngestedCv>> IngestAsync(IServiceProvider services, IAnsiConsole console, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        var documents = services.GetRequiredService<IDocumentStore>();
        var artifacts = services.GetRequiredService<IArtifactStore>();
        var result = new List<IngestedCv>(files.Count);
        var added = 0;
        foreach (var file in files)
        {
            var bytes = await File.ReadAllBytesAsync(file, cancellationToken).ConfigureAwait(false);
            var id = Convert.ToHexStringLower(SHA256.HashData(bytes));
            result.Add(new IngestedCv(file, id));
            if (await documents.ReadAsync<CandidateStub>(DocumentContainers.Candidates, id, id, cancellationToken).ConfigureAwait(false) is not null)
            {
                continue;
            }

            ExtractedDocument extracted;
            try
            {
                extracted = DocumentExtractor.Default.Extract(bytes, Path.GetFileName(file));
            }
            catch (DocumentExtractionException ex)
            {
                throw new CliException(ex.ErrorCode, $"Cannot read CV '{file}': {ex.Message}");
            }

            using var text = new MemoryStream(Encoding.UTF8.GetBytes(extracted.Text));
            await artifacts.PutAsync(ArtifactContainers.CvText, id + ".txt", text, "text/plain; charset=utf-8", cancellationToken).ConfigureAwait(false);
            await documents.UpsertAsync(DocumentContainers.Candidates, id, id, new CandidateStub(id, Path.GetFileName(file), id + ".txt"), cancellationToken: cancellationToken).ConfigureAwait(false);
            added++;
        }

        console.MarkupLine($"Ingested {files.Count} CV file(s): {added} new, {files.Count - added} already known.");
        return result;
    }

    private sealed record CandidateStub(string Id, string FileName, string TextArtifact);
}
