using System.Text;
using System.Text.Json;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Writes an extracted profile: the profile JSON to cv-profiles, the candidate's summary fields with an
/// ETag-conditional write re-read and retried on conflict (ingestion or another job may write the same record),
/// then the extraction-state index stamp.
/// </summary>
internal sealed class BatchProfileStore(IDocumentStore documents, IArtifactStore artifacts, ExtractionIndex index)
{
    private const int MaxConflictRetries = 8;

    /// <returns>False when the candidate no longer exists.</returns>
    public async Task<bool> SaveAsync(string candidateId, CandidateProfile profile, string jobId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(profile);
        using (var stream = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(profile, IngestionJson.Options))))
        {
            await artifacts.PutAsync(ArtifactContainers.CvProfiles, IngestionArtifacts.ProfileName(candidateId), stream, "application/json", cancellationToken).ConfigureAwait(false);
        }

        for (var attempt = 1; ; attempt++)
        {
            var stored = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, candidateId, candidateId, cancellationToken).ConfigureAwait(false);
            if (stored is null)
            {
                return false;
            }

            var candidate = stored.Document;
            var updated = candidate with
            {
                Name = profile.Name ?? candidate.Name,
                Skills = profile.Skills.Count > 0 ? profile.Skills.Select(s => s.Name).ToList() : candidate.Skills,
                TotalYearsExperience = profile.TotalYearsExperience,
                ProfileSource = ProfileSources.Llm,
                Artifacts = candidate.Artifacts with { Profile = IngestionArtifacts.ProfileReference(candidateId) },
            };
            try
            {
                await documents.UpsertAsync(DocumentContainers.Candidates, candidateId, candidateId, updated, stored.ETag, cancellationToken).ConfigureAwait(false);
                await Ingestion.CandidateSearchIndex.WriteAsync(documents, updated, cancellationToken).ConfigureAwait(false);
                break;
            }
            catch (DocumentConflictException) when (attempt < MaxConflictRetries)
            {
                // Someone wrote the record between our read and write: read it again and reapply.
            }
        }

        await index.MarkExtractedAsync(candidateId, BatchProfilePrompt.Version, jobId, cancellationToken).ConfigureAwait(false);
        return true;
    }
}
