using System.Text.Json;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Privacy;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Loads a candidate's record, CV text and stored profile (the candidate model scoring reads) from the stores; a
/// missing record or text is the candidate's error, not an exception. A missing or unreadable profile is not: the
/// scorer builds the same profile from the text. Blind, this is the one place both scorers get their text from: it is
/// redacted (<see cref="BlindCvRedactor"/>) and the stored profile, built from the unredacted text, is not used.
/// </summary>
internal sealed class ScreeningCandidateLoader(IDocumentStore documents, IArtifactStore artifacts)
{
    public async Task<CandidateLoad> LoadAsync(string candidateId, bool blind, CancellationToken cancellationToken)
    {
        var record = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, candidateId, candidateId, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return CandidateLoad.Failed(ScreeningErrorCodes.CandidateNotFound, $"Candidate '{candidateId}' is not ingested.", null);
        }

        var doc = record.Document;
        if (doc.Status == CandidateStatus.Failed)
        {
            return CandidateLoad.Failed(doc.Error?.Code ?? ScreeningErrorCodes.CandidateTextMissing, doc.Error?.Message ?? "Ingestion of this CV failed.", doc.FileName);
        }

        if (doc.Artifacts.Text is not { } reference || reference.IndexOf('/', StringComparison.Ordinal) is var slash && slash <= 0)
        {
            return CandidateLoad.Failed(ScreeningErrorCodes.CandidateTextMissing, $"Candidate '{candidateId}' has no extracted text (status {doc.Status}).", doc.FileName);
        }

        try
        {
            var text = await ReadTextAsync(reference, cancellationToken).ConfigureAwait(false);
            if (blind)
            {
                return new CandidateLoad(new ScreeningCandidate(candidateId, doc.FileName, doc.Name, BlindCvRedactor.Redact(text)), null, null, doc.FileName);
            }

            var (profile, profileJson) = await ReadProfileAsync(doc.Artifacts.Profile, cancellationToken).ConfigureAwait(false);
            var featuresKey = profile is null ? null : CandidateFeatureStore.Key(text, profileJson, profile);
            return new CandidateLoad(new ScreeningCandidate(candidateId, doc.FileName, doc.Name, text, profile, featuresKey), null, null, doc.FileName);
        }
        catch (ArtifactNotFoundException)
        {
            return CandidateLoad.Failed(ScreeningErrorCodes.CandidateTextMissing, $"The text of candidate '{candidateId}' ({reference}) is missing.", doc.FileName);
        }
    }

    private async Task<string> ReadTextAsync(string reference, CancellationToken cancellationToken)
    {
        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        var stream = await artifacts.OpenReadAsync(reference[..slash], reference[(slash + 1)..], cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            using var reader = new StreamReader(stream);
            return await reader.ReadToEndAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task<(CandidateProfile? Profile, byte[] Json)> ReadProfileAsync(string? reference, CancellationToken cancellationToken)
    {
        if (reference?.IndexOf('/', StringComparison.Ordinal) is not > 0)
        {
            return (null, []);
        }

        var slash = reference.IndexOf('/', StringComparison.Ordinal);
        try
        {
            // The bytes as stored: the key of the candidate's stored features is computed from them.
            using var bytes = new MemoryStream();
            var stream = await artifacts.OpenReadAsync(reference[..slash], reference[(slash + 1)..], cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                await stream.CopyToAsync(bytes, cancellationToken).ConfigureAwait(false);
            }

            var json = bytes.ToArray();
            return (JsonSerializer.Deserialize<CandidateProfile>(json, IngestionJson.Options), json);
        }
        catch (Exception ex) when (ex is ArtifactNotFoundException or JsonException)
        {
            return (null, []);
        }
    }
}

/// <summary>A loaded candidate, or the error code that explains why it could not be loaded.</summary>
internal sealed record CandidateLoad(ScreeningCandidate? Candidate, string? Error, string? ErrorMessage, string? FileName)
{
    public static CandidateLoad Failed(string error, string message, string? fileName) => new(null, error, message, fileName);
}
