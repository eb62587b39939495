using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenAISimulator;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.IntegrationTests.Batches;

/// <summary>The batch HTTP API on the local host (embedded engine, temp stores) against the simulator's Batch API.</summary>
public sealed class BatchApiTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Posted_job_answers_check_status_urls_and_serves_its_progress_and_cost_reports()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(FastBatches(), Ct);
        await using var host = new IngestionHostFactory(Settings(simulator));
        using var client = host.CreateClient();
        for (var i = 0; i < 3; i++)
        {
            await IngestedCandidates.AddAsync(host.Services, $"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct);
        }

        using var posted = await client.PostAsJsonAsync("/api/batches", new { batchSize = 10 }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, posted.StatusCode);
        var payload = await posted.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var id = payload.GetProperty("id").GetString()!;
        Assert.EndsWith($"/instances/{id}", payload.GetProperty("statusQueryGetUri").GetString(), StringComparison.Ordinal);
        var final = await IngestionHostFactory.WaitForStatusAsync(client, id, Ct, TimeSpan.FromSeconds(120));
        Assert.Equal("Completed", final.GetProperty("runtimeStatus").GetString());

        var status = await client.GetFromJsonAsync<JsonElement>($"/api/batches/{id}", Ct);
        Assert.Equal(3, status.GetProperty("progress").GetProperty("linesDone").GetInt32());
        Assert.True(status.GetProperty("progress").GetProperty("costUsd").GetDecimal() > 0m);

        var cost = await client.GetFromJsonAsync<JsonElement>($"/api/batches/{id}/cost.json", Ct);
        Assert.Equal(id, cost.GetProperty("jobId").GetString());
        using var html = await client.GetAsync($"/api/batches/{id}/cost.html", Ct);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Batch cost", await html.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        Assert.Equal(3, simulator.RequestLog.BilledByItem().Count);
    }

    [Fact]
    public async Task Bad_requests_get_stable_codes_and_start_nothing()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(FastBatches(), Ct);
        await using var host = new IngestionHostFactory(Settings(simulator));
        using var client = host.CreateClient();

        await AssertErrorAsync(await client.PostAsJsonAsync("/api/batches", new { batchSize = 0 }, Ct), HttpStatusCode.BadRequest, "invalid_request");
        await AssertErrorAsync(await client.PostAsJsonAsync("/api/batches", new { batchSize = 1, colour = "red" }, Ct), HttpStatusCode.BadRequest, null);
        await AssertErrorAsync(await client.GetAsync("/api/batches/nope", Ct), HttpStatusCode.NotFound, "batch_not_found");
        await AssertErrorAsync(await client.PostAsync("/api/batches/nope/cancel", null, Ct), HttpStatusCode.NotFound, "batch_not_found");
        await AssertErrorAsync(await client.GetAsync("/api/batches/nope/cost.json", Ct), HttpStatusCode.NotFound, "batch_report_not_found");
        await AssertErrorAsync(await client.GetAsync("/api/batches/nope/cost.xml", Ct), HttpStatusCode.BadRequest, "unknown_report_format");
        using var anonymous = host.CreateClient(withKey: false);
        Assert.Equal(HttpStatusCode.Unauthorized, (await anonymous.PostAsJsonAsync("/api/batches", new { batchSize = 1 }, Ct)).StatusCode);
        Assert.Empty(simulator.RequestLog.BilledByItem());
    }

    [Fact]
    public async Task Cancel_ends_a_continuous_run()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(FastBatches(), Ct);
        await using var host = new IngestionHostFactory(Settings(simulator));
        using var client = host.CreateClient();
        for (var i = 0; i < 4; i++)
        {
            await IngestedCandidates.AddAsync(host.Services, $"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct);
        }

        using var posted = await client.PostAsJsonAsync("/api/batches", new { batchSize = 1, numBatches = 1000, checkIntervalSeconds = 1 }, Ct);
        var id = (await posted.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;

        using var cancelled = await client.PostAsync($"/api/batches/{id}/cancel", null, Ct);

        Assert.Equal(HttpStatusCode.Accepted, cancelled.StatusCode);
        var final = await IngestionHostFactory.WaitForStatusAsync(client, id, Ct, TimeSpan.FromSeconds(120));
        Assert.Equal("Terminated", final.GetProperty("runtimeStatus").GetString());
    }

    private static SimulatorOptions FastBatches() => new()
    {
        ClockFactor = 20,
        RequestsPerMinute = 6000,
        TokensPerMinute = 20_000_000,
        BatchStartDelay = TimeSpan.FromMilliseconds(50),
        BatchLineDuration = TimeSpan.FromMilliseconds(5),
    };

    private static Dictionary<string, string?> Settings(OpenAISimulatorServer simulator) => new(ScreeningLlmHost.Settings(simulator))
    {
        ["Batch:CheckInterval"] = "00:00:00.300",
    };

    private static async Task AssertErrorAsync(HttpResponseMessage response, HttpStatusCode status, string? code)
    {
        using (response)
        {
            Assert.Equal(status, response.StatusCode);
            var error = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error");
            if (code is not null)
            {
                Assert.Equal(code, error.GetProperty("code").GetString());
            }
        }
    }
}
