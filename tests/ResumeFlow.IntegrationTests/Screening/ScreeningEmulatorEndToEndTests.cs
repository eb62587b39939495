using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Azure.Cosmos;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.IntegrationTests.Emulators;
using ResumeFlow.Testing.Emulators;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>
/// End to end through the emulators and the simulator: the HTTP host with artifacts in Azurite and
/// documents in the Cosmos emulator, the LLM scorer against the simulator; the screening is started
/// and followed through the Durable management API, its results are read back from Cosmos and its
/// report from Azurite with the real SDKs.
/// </summary>
public sealed class ScreeningEmulatorEndToEndTests(AzuriteFixture azurite, CosmosEmulatorFixture cosmos)
    : IClassFixture<AzuriteFixture>, IClassFixture<CosmosEmulatorFixture>
{
    private const string ApiKey = "screening-e2e-key";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screening_stores_results_in_cosmos_and_the_report_in_azurite_with_progress_over_the_management_api()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { ClockFactor = 20, RequestsPerMinute = 6000, TokensPerMinute = 20_000_000 }, Ct);
        var database = CosmosEmulatorFixture.NewDatabaseName();
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-screening-e2e", Guid.NewGuid().ToString("N"));
        await using var factory = EmulatorHost.Create(azurite, cosmos, database, simulator, ApiKey, folder);
        using var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("x-functions-key", ApiKey);

        var ids = new List<string>();
        for (var i = 0; i < 12; i++)
        {
            ids.Add(await AddCandidateAsync(factory.Services, $"cv{i}.txt", ScreeningLlmHost.Cv(i)));
        }

        using var started = await client.PostAsJsonAsync("/api/screenings", new { jobText = ScreeningLlmHost.Job, candidateIds = ids, options = new { chunkSize = 4, llmTopK = 3 } }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        using var payload = JsonDocument.Parse(await started.Content.ReadAsStringAsync(Ct));
        var screeningId = payload.RootElement.GetProperty("id").GetString()!;
        var statusUri = payload.RootElement.GetProperty("statusQueryGetUri").GetString()!;

        var completedCounts = new List<int>();
        JsonElement final;
        var deadline = DateTime.UtcNow.AddSeconds(120);
        while (true)
        {
            using var response = await client.GetAsync(statusUri, Ct);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct)).RootElement.Clone();
            if (body.TryGetProperty("customStatus", out var custom) && custom.ValueKind == JsonValueKind.Object)
            {
                completedCounts.Add(custom.GetProperty("completed").GetInt32());
            }

            if (response.StatusCode == HttpStatusCode.OK)
            {
                final = body;
                break;
            }

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.True(DateTime.UtcNow < deadline, "the screening did not finish: " + body);
            await Task.Delay(50, Ct);
        }

        Assert.Equal("Completed", final.GetProperty("runtimeStatus").GetString());
        Assert.Equal(completedCounts.Order(), completedCounts);
        Assert.Equal(12, completedCounts[^1]);
        Assert.Equal(3, final.GetProperty("customStatus").GetProperty("llmCompleted").GetInt32());

        // Results in the Cosmos emulator: one partition per screening, the screening document plus one result per candidate.
        var container = cosmos.Client.GetContainer(database, DocumentContainers.Screenings);
        var query = container.GetItemQueryIterator<JsonElement>(
            new QueryDefinition("SELECT * FROM c WHERE c.screeningId = @id").WithParameter("@id", screeningId),
            requestOptions: new QueryRequestOptions { PartitionKey = new PartitionKey(screeningId) });
        var documents = new List<JsonElement>();
        while (query.HasMoreResults)
        {
            documents.AddRange(await query.ReadNextAsync(Ct));
        }

        var results = documents.Where(d => d.GetProperty("kind").GetString() == "result").ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), results.Select(r => r.GetProperty("candidateId").GetString()!).Order(StringComparer.Ordinal));
        Assert.Equal(3, results.Count(r => r.GetProperty("llmScore").ValueKind == JsonValueKind.Number));
        Assert.Single(documents, d => d.GetProperty("kind").GetString() == "screening");

        // The report in Azurite.
        var blobs = azurite.CreateBlobServiceClient().GetBlobContainerClient(ArtifactContainers.Reports);
        foreach (var name in new[] { "report.json", "report.csv", "report.html" })
        {
            Assert.True(await blobs.GetBlobClient($"{screeningId}/{name}").ExistsAsync(Ct), $"{name} is missing from Azurite");
        }

        var report = await blobs.GetBlobClient($"{screeningId}/report.json").DownloadContentAsync(Ct);
        using var reportJson = JsonDocument.Parse(report.Value.Content.ToString());
        Assert.Equal(12, reportJson.RootElement.GetProperty("candidates").GetArrayLength());
    }

    private static Task<string> AddCandidateAsync(IServiceProvider services, string fileName, string text)
        => IngestedCandidates.AddAsync(services, fileName, text, Ct);
}
