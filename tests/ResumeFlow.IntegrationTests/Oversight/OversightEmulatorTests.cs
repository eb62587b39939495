using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using OpenAISimulator;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Candidates;
using ResumeFlow.IntegrationTests.Emulators;
using ResumeFlow.Testing.Emulators;
using ResumeFlow.Workflows.Retention;

namespace ResumeFlow.IntegrationTests.Oversight;

/// <summary>
/// Review, audit, selection rates, erasure and retention against the emulators: documents (audit trail included) in the Cosmos emulator,
/// artifacts in Azurite, the LLM through the simulator, all through the host's HTTP API; checked with the real SDKs.
/// </summary>
public sealed class OversightEmulatorTests(AzuriteFixture azurite, CosmosEmulatorFixture cosmos)
    : IClassFixture<AzuriteFixture>, IClassFixture<CosmosEmulatorFixture>
{
    private const string ApiKey = "oversight-e2e-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Review_audit_and_erasure_work_on_cosmos_and_azurite()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { ClockFactor = 20, RequestsPerMinute = 6000, TokensPerMinute = 20_000_000 }, Ct);
        var database = CosmosEmulatorFixture.NewDatabaseName();
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-oversight-e2e", Guid.NewGuid().ToString("N"));
        await using var factory = EmulatorHost.Create(azurite, cosmos, database, simulator, ApiKey, folder);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", ApiKey);
        var ids = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            ids.Add(await IngestedCandidates.AddAsync(factory.Services, $"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct));
        }

        using var started = await client.PostAsJsonAsync("/api/screenings", new { jobText = ScreeningLlmHost.Job, candidateIds = ids, options = new { llmTopK = 2, provisionalRejections = true } }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var screeningId = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        await IngestionHostFactory.WaitForStatusAsync(client, screeningId, Ct, TimeSpan.FromSeconds(120));
        var rejected = ids[2];

        using (var review = await client.PostAsJsonAsync($"/api/screenings/{screeningId}/candidates/{rejected}/review", new { reviewer = "Dana", decision = "confirm", reason = "Frontend only." }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
        }

        // Selection rates on attributes stored in Azurite; the erasure below drops the erased candidate's row.
        var csv = "candidateId,attribute,value\n" + string.Join("\n", ids.Select((id, i) => $"{id},band,{(i % 2 == 0 ? "a" : "b")}")) + "\n";
        using (var put = await client.PutAsync($"/api/screenings/{screeningId}/attributes", new StringContent(csv, System.Text.Encoding.UTF8, "text/csv"), Ct))
        {
            Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync(Ct));
        }

        using (var rates = await client.GetAsync($"/api/screenings/{screeningId}/selection-rates", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, rates.StatusCode);
            var groups = (await rates.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("attributes")[0].GetProperty("groups");
            Assert.Equal(2, groups.GetArrayLength());
        }

        var erased = ids[0];
        using (var erase = await client.DeleteAsync($"/api/candidates/{erased}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, erase.StatusCode);
        }

        // The audit trail in Cosmos: one partition per screening, the erased candidate only as the erasure record.
        var audit = await QueryPartitionAsync(cosmos.Client.GetContainer(database, DocumentContainers.Audit), "partition", screeningId);
        var kinds = audit.Select(e => e.GetProperty("kind").GetString()).ToList();
        Assert.Contains("screening_started", kinds);
        Assert.Contains("decision_reviewed", kinds);
        Assert.Equal(3, kinds.Count(k => k == "candidate_scored"));
        Assert.Equal(["candidate_erased"], audit.Where(e => e.GetProperty("candidateId").GetString() == erased).Select(e => e.GetProperty("kind").GetString()));
        Assert.Contains(audit, e => e.GetProperty("kind").GetString() == "candidate_scored" && e.GetProperty("details").GetProperty("llmRequestId").ValueKind == JsonValueKind.String);

        var screening = await QueryPartitionAsync(cosmos.Client.GetContainer(database, DocumentContainers.Screenings), "screeningId", screeningId);
        Assert.DoesNotContain(screening, d => d.GetRawText().Contains(erased, StringComparison.Ordinal));
        Assert.Contains(screening, d => d.GetProperty("kind").GetString() == "review");

        // Azurite: the CV's text is gone; the report is rewritten, amended, and shows the confirmed rejection.
        var blobs = azurite.CreateBlobServiceClient();
        Assert.False(await blobs.GetBlobContainerClient(ArtifactContainers.CvText).GetBlobClient(erased + ".txt").ExistsAsync(Ct));
        var report = (await blobs.GetBlobContainerClient(ArtifactContainers.Reports).GetBlobClient($"{screeningId}/report.json").DownloadContentAsync(Ct)).Value.Content.ToString();
        Assert.DoesNotContain(erased, report, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(report);
        Assert.Equal(1, json.RootElement.GetProperty("amendments").GetArrayLength());
        var row = json.RootElement.GetProperty("candidates").EnumerateArray().Single(c => c.GetProperty("candidateId").GetString() == rejected);
        Assert.Equal("confirmed", row.GetProperty("decision").GetString());
        var attributes = (await blobs.GetBlobContainerClient(ArtifactContainers.Reports).GetBlobClient($"{screeningId}/attributes.json").DownloadContentAsync(Ct)).Value.Content.ToString();
        Assert.DoesNotContain(erased, attributes, StringComparison.Ordinal);

        // Retention on the same stores: a sweep as of a year from now deletes the screening's documents from Cosmos
        // and its reports from Azurite, and records itself in the audit trail.
        var sweeper = ActivatorUtilities.CreateInstance<RetentionSweeper>(factory.Services, Options.Create(new RetentionOptions { ScreeningDays = 90 }));
        var swept = await sweeper.SweepAsync(DateTimeOffset.UtcNow.AddDays(365), Ct);
        Assert.Equal(1, swept.Screenings);
        Assert.Empty(await QueryPartitionAsync(cosmos.Client.GetContainer(database, DocumentContainers.Screenings), "screeningId", screeningId));
        Assert.False(await blobs.GetBlobContainerClient(ArtifactContainers.Reports).GetBlobClient($"{screeningId}/report.json").ExistsAsync(Ct));
        Assert.Single(await QueryPartitionAsync(cosmos.Client.GetContainer(database, DocumentContainers.Audit), "partition", "retention"));
    }

    private static async Task<List<JsonElement>> QueryPartitionAsync(Container container, string property, string partition)
    {
        var query = container.GetItemQueryIterator<JsonElement>(
            new QueryDefinition($"SELECT * FROM c WHERE c.{property} = @p").WithParameter("@p", partition),
            requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(partition) });
        var items = new List<JsonElement>();
        while (query.HasMoreResults)
        {
            items.AddRange(await query.ReadNextAsync(Ct));
        }

        return items;
    }
}
