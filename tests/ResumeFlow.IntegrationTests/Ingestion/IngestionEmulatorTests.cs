using System.Net.Http.Json;
using System.Text.Json;
using Azure.Storage.Blobs;
using Microsoft.Azure.Cosmos;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.IntegrationTests.Ingestion;

/// <summary>
/// End to end through the emulators: a CV uploaded to Azurite's <c>cvs</c> container is picked up
/// by the host's blob watcher and ends as a candidate in the Cosmos emulator and profile JSON in
/// Blob, with its status on the management API; the same file uploaded again starts no new work.
/// </summary>
public sealed class IngestionEmulatorTests : IClassFixture<AzuriteFixture>, IClassFixture<CosmosEmulatorFixture>
{
    private readonly AzuriteFixture _azurite;
    private readonly CosmosEmulatorFixture _cosmos;

    public IngestionEmulatorTests(AzuriteFixture azurite, CosmosEmulatorFixture cosmos)
    {
        _azurite = azurite;
        _cosmos = cosmos;
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_blob_uploaded_to_azurite_ends_as_a_cosmos_candidate_and_a_blob_profile_once()
    {
        var database = CosmosEmulatorFixture.NewDatabaseName();
        var hostId = "test-" + Guid.NewGuid().ToString("N")[..12];
        var settings = new Dictionary<string, string?> { ["Ingestion:HostId"] = hostId };
        foreach (var (key, value) in _azurite.StorageSettings().Concat(_cosmos.StorageSettings(database)))
        {
            settings["Storage:" + key] = value;
        }

        await using var factory = new IngestionHostFactory(settings);
        using var client = factory.CreateClient();
        var blobs = _azurite.CreateBlobServiceClient();
        var cvs = blobs.GetBlobContainerClient("cvs");
        await cvs.CreateIfNotExistsAsync(cancellationToken: Ct);
        var pdf = SamplePdf.Create("Grace Hopper " + Guid.NewGuid().ToString("N"));
        var candidateId = CandidateId.FromContent(pdf);
        await cvs.UploadBlobAsync($"{hostId}/grace.pdf", new BinaryData(pdf), Ct);

        var status = await IngestionHostFactory.WaitForStatusAsync(client, "ingest-" + candidateId, Ct, TimeSpan.FromSeconds(90));
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());

        var container = _cosmos.Client.GetDatabase(database).GetContainer("candidates");
        var candidate = (await container.ReadItemAsync<JsonElement>(candidateId, new PartitionKey(candidateId), cancellationToken: Ct)).Resource;
        Assert.Equal("Ingested", candidate.GetProperty("status").GetString());
        Assert.Equal($"cvs/{hostId}/grace.pdf", candidate.GetProperty("artifacts").GetProperty("original").GetString());
        Assert.Contains("Python", candidate.GetProperty("skills").EnumerateArray().Select(s => s.GetString()));

        var profileBlob = blobs.GetBlobContainerClient("cv-profiles").GetBlobClient(candidateId + ".json");
        var profile = JsonDocument.Parse((await profileBlob.DownloadContentAsync(Ct)).Value.Content.ToString()).RootElement;
        Assert.Equal("Contoso Ltd", profile.GetProperty("workHistory")[0].GetProperty("company").GetString());
        Assert.True((await blobs.GetBlobContainerClient("cv-text").GetBlobClient(candidateId + ".txt").ExistsAsync(Ct)).Value);

        // The same file again under another name: receipted by the watcher, no second instance of work.
        await cvs.UploadBlobAsync($"{hostId}/grace-copy.pdf", new BinaryData(pdf), Ct);
        var receipt = blobs.GetBlobContainerClient("azure-webjobs-hosts").GetBlobClient($"blobreceipts/{hostId}/IngestCv/cvs/{hostId}/grace-copy.pdf");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!(await receipt.ExistsAsync(Ct)).Value)
        {
            Assert.True(DateTime.UtcNow < deadline, "the watcher did not receipt the copy");
            await Task.Delay(200, Ct);
        }

        var after = await IngestionHostFactory.WaitForStatusAsync(client, "ingest-" + candidateId, Ct);
        Assert.Equal(status.GetProperty("lastUpdatedTime").GetString(), after.GetProperty("lastUpdatedTime").GetString());
        var instances = await client.GetFromJsonAsync<JsonElement>("/runtime/webhooks/durabletask/instances?showInput=true", Ct);
        // Other tests share Azurite's cvs container and this host's watcher ingests their blobs too:
        // count only the instances started for blobs this test uploaded (under its host id).
        var ours = Instances(instances).Where(i => i.Input.Contains($"{hostId}/", StringComparison.Ordinal)).Select(i => i.Id).ToList();
        Assert.Equal(["ingest-" + candidateId], ours);
    }

    private static IEnumerable<(string Id, string Input)> Instances(JsonElement list)
    {
        var items = list.ValueKind == JsonValueKind.Array ? list : list.GetProperty("instances");
        return items.EnumerateArray().Select(i => (
            i.GetProperty("instanceId").GetString()!,
            i.TryGetProperty("input", out var input) ? input.GetRawText() : string.Empty));
    }
}
