using System.Text;
using System.Text.Json;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Testing.Storage;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Tests.Ingestion;

public sealed class CandidateFeatureStoreTests
{
    private const string Text = "Jane Roe\n\nExperience\nBackend Engineer, Acme — Jan 2020 – Present\nBuilt payment services in C# and PostgreSQL\n\nSkills\nC#, Docker";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screening_scores_the_stored_features_while_their_key_is_current()
    {
        await using var storage = StorageServices.CreateEmbedded();
        var store = new CandidateFeatureStore(storage.Artifacts, new DeterministicScorer());
        var (profile, json) = Profile(new YearMonth(2026, 11));
        await store.StoreAsync("c1", Text, json, profile, Ct);
        var key = CandidateFeatureStore.Key(Text, json, profile)!;

        // Marked, so that features read again from the CV could not pass for the stored ones.
        var stored = await ReadAsync(storage.Artifacts, "c1");
        await WriteAsync(storage.Artifacts, "c1", stored with { Features = stored.Features with { Lines = [.. stored.Features.Lines.Select(l => "stored: " + l)] } });

        var features = await store.GetAsync(new ScoringInput("c1", Text, profile), key, Ct);

        Assert.All(features.ToSnapshot().Lines, l => Assert.StartsWith("stored: ", l, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Features_of_a_changed_profile_are_read_again_and_stored_under_the_new_key()
    {
        await using var storage = StorageServices.CreateEmbedded();
        var store = new CandidateFeatureStore(storage.Artifacts, new DeterministicScorer());
        var (before, beforeJson) = Profile(new YearMonth(2026, 10));
        await store.StoreAsync("c1", Text, beforeJson, before, Ct);
        var (after, afterJson) = Profile(new YearMonth(2026, 11));
        var key = CandidateFeatureStore.Key(Text, afterJson, after)!;
        Assert.NotEqual(CandidateFeatureStore.Key(Text, beforeJson, before), key);

        var features = await store.GetAsync(new ScoringInput("c1", Text, after), key, Ct);

        Assert.Equal(key, (await ReadAsync(storage.Artifacts, "c1")).Key);
        Assert.Equal(new DeterministicScorer().Extract(new ScoringInput("c1", Text, after)).ToSnapshot().Lines, features.ToSnapshot().Lines);
    }

    [Fact]
    public async Task A_profile_without_its_month_stores_no_features()
    {
        await using var storage = StorageServices.CreateEmbedded();
        var store = new CandidateFeatureStore(storage.Artifacts, new DeterministicScorer());
        var (dated, _) = Profile(new YearMonth(2026, 11));
        var undated = dated with { AsOf = null };
        var json = JsonSerializer.SerializeToUtf8Bytes(undated, IngestionJson.Options);

        await store.StoreAsync("c1", Text, json, undated, Ct);

        Assert.Null(CandidateFeatureStore.Key(Text, json, undated));
        Assert.Null(await storage.Artifacts.GetInfoAsync(ArtifactContainers.CvFeatures, IngestionArtifacts.FeaturesName("c1"), Ct));
    }

    private static (CandidateProfile Profile, byte[] Json) Profile(YearMonth asOf)
    {
        var profile = ProfileBuilder.Build(Text, asOf);
        return (profile, JsonSerializer.SerializeToUtf8Bytes(profile, IngestionJson.Options));
    }

    private static async Task<StoredCandidateFeatures> ReadAsync(IArtifactStore artifacts, string candidateId)
    {
        await using var stream = await artifacts.OpenReadAsync(ArtifactContainers.CvFeatures, IngestionArtifacts.FeaturesName(candidateId), Ct);
        return (await JsonSerializer.DeserializeAsync<StoredCandidateFeatures>(stream, IngestionJson.Options, Ct))!;
    }

    private static async Task WriteAsync(IArtifactStore artifacts, string candidateId, StoredCandidateFeatures features)
    {
        using var json = new MemoryStream(Encoding.UTF8.GetBytes(JsonSerializer.Serialize(features, IngestionJson.Options)));
        await artifacts.PutAsync(ArtifactContainers.CvFeatures, IngestionArtifacts.FeaturesName(candidateId), json, "application/json", Ct);
    }
}
