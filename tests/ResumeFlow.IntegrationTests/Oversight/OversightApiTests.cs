using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.IntegrationTests.Security;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.IntegrationTests.Oversight;

/// <summary>Review, audit export and erasure over the local host's HTTP API, with the key, the error codes and the JSON Lines export.</summary>
public sealed class OversightApiTests : IAsyncLifetime
{
    private const string Job = "# Backend Engineer\n## Requirements\n- C# and .NET\n- SQL\n";

    private IngestionHostFactory _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new IngestionHostFactory(new Dictionary<string, string?>());
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_decision_is_overridden_the_trail_exported_and_a_candidate_erased_over_http()
    {
        var strong = await IngestedCandidates.AddAsync(_factory.Services, "strong.txt", "Ada\nBackend engineer: C#, .NET and SQL since 2015.", Ct);
        var weak = await IngestedCandidates.AddAsync(_factory.Services, "weak.txt", "Bo\nFlorist since 2010.", Ct);
        using var started = await _client.PostAsJsonAsync("/api/screenings", new { jobText = Job, candidateIds = new[] { strong, weak } }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        await IngestionHostFactory.WaitForStatusAsync(_client, instanceId, Ct);

        using (var review = await _client.PostAsJsonAsync($"/api/screenings/{instanceId}/candidates/{weak}/review", new { reviewer = "Dana", decision = "override", reason = "Transferable skills." }, Ct))
        {
            Assert.Equal(HttpStatusCode.OK, review.StatusCode);
            var body = await review.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.True(body.GetProperty("passed").GetBoolean());
            Assert.False(body.GetProperty("automatedPassed").GetBoolean());
        }

        using (var invalid = await _client.PostAsJsonAsync($"/api/screenings/{instanceId}/candidates/{weak}/review", new { reviewer = "Dana", decision = "maybe", reason = "?" }, Ct))
        {
            Assert.Equal(HttpStatusCode.BadRequest, invalid.StatusCode);
            Assert.Equal("review_invalid", await ErrorBody.CodeAsync(invalid, Ct));
        }

        using (var unknown = await _client.PostAsJsonAsync($"/api/screenings/no-such/candidates/{weak}/review", new { reviewer = "Dana", decision = "confirm", reason = "ok" }, Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
            Assert.Equal("screening_not_found", await ErrorBody.CodeAsync(unknown, Ct));
        }

        using (var erased = await _client.DeleteAsync($"/api/candidates/{strong}", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, erased.StatusCode);
            var report = await erased.Content.ReadFromJsonAsync<JsonElement>(Ct);
            Assert.Equal(instanceId, report.GetProperty("amendedScreenings")[0].GetString());
        }

        using (var again = await _client.DeleteAsync($"/api/candidates/{strong}", Ct))
        {
            Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
            Assert.Equal("candidate_not_found", await ErrorBody.CodeAsync(again, Ct));
        }

        using var audit = await _client.GetAsync($"/api/screenings/{instanceId}/audit", Ct);
        Assert.Equal(HttpStatusCode.OK, audit.StatusCode);
        Assert.Equal("application/x-ndjson", audit.Content.Headers.ContentType?.MediaType);
        var kinds = (await audit.Content.ReadAsStringAsync(Ct)).Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement.GetProperty("kind").GetString())
            .ToList();
        Assert.Equal("screening_started", kinds[0]);
        Assert.Contains("decision_reviewed", kinds);
        Assert.Equal("candidate_erased", kinds[^1]);
        Assert.Single(kinds, k => k == "candidate_scored");

        using var results = await _client.GetAsync($"/api/screenings/{instanceId}/report.json", Ct);
        var json = await results.Content.ReadAsStringAsync(Ct);
        Assert.DoesNotContain(strong, json, StringComparison.Ordinal);
        Assert.Contains("overridden", json, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_audit_of_an_unknown_screening_is_404_with_a_code()
    {
        using var response = await _client.GetAsync("/api/screenings/no-such-screening/audit", Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("screening_not_found", await ErrorBody.CodeAsync(response, Ct));
    }
}
