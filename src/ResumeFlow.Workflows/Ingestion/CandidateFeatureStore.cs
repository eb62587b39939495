using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// The deterministic scorer's reading of a CV (<see cref="CandidateFeatureSnapshot"/>), stored at ingestion in
/// cv-features/{id}.json beside the text and profile it was read from, so that a screening scores a candidate
/// without reading the CV again: reading is most of what the deterministic pass costs. The stored features carry a
/// key (a hash of the text, the profile JSON and <see cref="CandidateFeatureSnapshot.FormatVersion"/>); features whose
/// key no longer matches (a profile re-extracted overnight, a new scorer) are read again and stored anew.
/// </summary>
public sealed class CandidateFeatureStore(IArtifactStore artifacts, DeterministicScorer scorer)
{
    /// <summary>
    /// The key of the features of this text and profile JSON, or null when they cannot be stored: a profile without
    /// its month (the reading would depend on the day it is made).
    /// </summary>
    public static string? Key(string text, ReadOnlySpan<byte> profileJson, CandidateProfile profile)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(profile);
        if (!YearMonth.TryParse(profile.AsOf, out _))
        {
            return null;
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes(CandidateFeatureSnapshot.FormatVersion + "\n" + text + "\n"));
        hash.AppendData(profileJson);
        return Convert.ToHexStringLower(hash.GetHashAndReset());
    }

    /// <summary>Reads the CV and stores its features (at ingestion, once the text and profile are stored).</summary>
    public async Task StoreAsync(string candidateId, string text, byte[] profileJson, CandidateProfile profile, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(profileJson);
        if (Key(text, profileJson, profile) is { } key)
        {
            await WriteAsync(candidateId, key, scorer.Extract(new ScoringInput(candidateId, text, profile)), cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// The candidate's features: the stored ones when their key is <paramref name="key"/>, else read from the CV and,
    /// with a key, stored for the next screening. No key (a blind screening's redacted text) reads the CV.
    /// </summary>
    public async Task<CandidateFeatures> GetAsync(ScoringInput candidate, string? key, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        if (key is null || candidate.Profile is not { } profile)
        {
            return scorer.Extract(candidate);
        }

        if (await ReadAsync(candidate.CandidateId, cancellationToken).ConfigureAwait(false) is { } stored && stored.Key == key)
        {
            return CandidateFeatures.FromSnapshot(candidate.CandidateId, profile, stored.Features);
        }

        var features = scorer.Extract(candidate);
        await WriteAsync(candidate.CandidateId, key, features, cancellationToken).ConfigureAwait(false);
        return features;
    }

    private async Task<StoredCandidateFeatures?> ReadAsync(string candidateId, CancellationToken cancellationToken)
    {
        try
        {
            var stream = await artifacts.OpenReadAsync(ArtifactContainers.CvFeatures, IngestionArtifacts.FeaturesName(candidateId), cancellationToken).ConfigureAwait(false);
            await using (stream.ConfigureAwait(false))
            {
                return await JsonSerializer.DeserializeAsync<StoredCandidateFeatures>(stream, IngestionJson.Options, cancellationToken).ConfigureAwait(false);
            }
        }
        catch (Exception ex) when (ex is ArtifactNotFoundException or JsonException)
        {
            // Missing (ingested before features were stored) or unreadable: read the CV again.
            return null;
        }
    }

    private async Task WriteAsync(string candidateId, string key, CandidateFeatures features, CancellationToken cancellationToken)
    {
        using var json = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(new StoredCandidateFeatures(key, features.ToSnapshot()), IngestionJson.Options));
        await artifacts.PutAsync(ArtifactContainers.CvFeatures, IngestionArtifacts.FeaturesName(candidateId), json, "application/json", cancellationToken).ConfigureAwait(false);
    }
}
