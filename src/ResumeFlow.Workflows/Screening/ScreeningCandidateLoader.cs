using System.Text.Json;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Workflows.Screening;

/// <summary>Loads a candidate's record and CV text from the stores for scoring; a missing record or text is the candidate's error, not an exception.</summary>
internal sealed class ScreeningCandidateLoader(IDocumentStore documents, IArtifactStore artifacts)
{
    public async Task<CandidateLoad> LoadAsync(string candidateId, CancellationToken cancellationToken)
    {
        var record = await documents.ReadAsync<JsonElement>(DocumentContainers.Candidates, candidateId, candidateId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return CandidateLoad.Failed(ScreeningErrorCodes.CandidateNotFound, $"Candidate '{candidateId}' is not ingested.", null);
        }

        var doc = record.Document;
        var fileName = String(doc, "fileName") ?? String(doc, "sourceName");
        var name = String(doc, "name") ?? (doc.TryGetProperty("profile", out var profile) && profile.ValueKind == JsonValueKind.Object ? String(profile, "name") : null);
        var textName = String(doc, "textArtifact") ?? String(doc, "textBlob") ?? String(doc, "textName") ?? candidateId + ".txt";
        try
        {
            var stream = await artifacts.OpenReadAsync(ArtifactContainers.CvText, textName, cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                using var reader = new StreamReader(stream);
                var text = await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
                return new CandidateLoad(new ScreeningCandidate(candidateId, fileName, name, text), null, null, fileName);
            }
        }
        catch (ArtifactNotFoundException)
        {
            return CandidateLoad.Failed(ScreeningErrorCodes.CandidateTextMissing, $"The text of candidate '{candidateId}' ({textName}) is missing.", fileName);
        }
    }

    private static string? String(JsonElement element, string property) =>
        element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}

/// <summary>A loaded candidate, or the error code that explains why it could not be loaded.</summary>
internal sealed record CandidateLoad(ScreeningCandidate? Candidate, string? Error, string? ErrorMessage, string? FileName)
{
    public static CandidateLoad Failed(string error, string message, string? fileName) => new(null, error, message, fileName);
}
