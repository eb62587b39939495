using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Testing.Candidates;

/// <summary>
/// Stores candidates as IngestCv leaves them (text in <c>cv-text</c>, an Ingested record in
/// <c>candidates</c>), for tests of what comes after ingestion.
/// </summary>
public static class IngestedCandidates
{
    /// <summary>Stores a plain-text CV under its content id; returns the id.</summary>
    public static async Task<string> AddAsync(IServiceProvider services, string fileName, string text, CancellationToken cancellationToken)
    {
        var id = CandidateId.FromContent(Encoding.UTF8.GetBytes(text));
        await SaveAsync(services, id, fileName, text, cancellationToken);
        return id;
    }

    /// <summary>Stores a candidate under a given id; with <paramref name="text"/> null only the record is stored (a candidate whose text is missing).</summary>
    public static async Task SaveAsync(IServiceProvider services, string id, string fileName, string? text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        if (text is not null)
        {
            await PutTextAsync(services, id, text, cancellationToken);
        }

        await services.GetRequiredService<IDocumentStore>().UpsertAsync(DocumentContainers.Candidates, id, id, new CandidateDocument
        {
            Id = id,
            FileName = fileName,
            ContentType = "text/plain",
            Status = CandidateStatus.Ingested,
            Artifacts = new CandidateArtifacts($"cvs/{id}", $"cv-text/{id}.txt"),
        }, cancellationToken: cancellationToken);
    }

    public static async Task PutTextAsync(IServiceProvider services, string id, string text, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(services);
        using var stream = new MemoryStream(Encoding.UTF8.GetBytes(text));
        await services.GetRequiredService<IArtifactStore>().PutAsync(ArtifactContainers.CvText, id + ".txt", stream, "text/plain", cancellationToken);
    }
}
