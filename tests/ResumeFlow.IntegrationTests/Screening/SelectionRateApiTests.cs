using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>The selection-rate report of a screening over HTTP (embedded engine and stores in a temp folder).</summary>
public sealed class SelectionRateApiTests : IAsyncDisposable
{
    private readonly IngestionHostFactory _host = new(new Dictionary<string, string?>());
    private readonly HttpClient _client;

    public SelectionRateApiTests() => _client = _host.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Stored_or_posted_attributes_give_pass_rates_and_impact_ratios_per_group()
    {
        var strong1 = await IngestedCandidates.AddAsync(_host.Services, "s1.txt", "Backend engineer. C#, .NET, SQL, PostgreSQL, Docker, Kubernetes since 2015.", Ct);
        var strong2 = await IngestedCandidates.AddAsync(_host.Services, "s2.txt", "Senior backend engineer: C# and .NET, SQL, PostgreSQL, Docker, Kubernetes, since 2014.", Ct);
        var weak = await IngestedCandidates.AddAsync(_host.Services, "w.txt", "Frontend developer. React and CSS since 2022.", Ct);
        var id = await ScreenAsync(strong1, strong2, weak);

        await ApiAssert.ErrorAsync(await _client.GetAsync($"/api/screenings/{id}/selection-rates", Ct), 404, "attributes_not_found");

        var csv = $"candidateId,attribute,value\n{strong1},group,x\n{strong2},group,y\n{weak},group,y\n";
        using (var put = await _client.PutAsync($"/api/screenings/{id}/attributes", new StringContent(csv, Encoding.UTF8, "text/csv"), Ct))
        {
            Assert.Equal(HttpStatusCode.NoContent, put.StatusCode);
        }

        using var stored = JsonDocument.Parse(await _client.GetStringAsync($"/api/screenings/{id}/selection-rates", Ct));
        var groups = stored.RootElement.GetProperty("attributes")[0].GetProperty("groups");
        Assert.Equal("x", groups[0].GetProperty("value").GetString());
        Assert.Equal(1.0, groups[0].GetProperty("rate").GetDouble());
        Assert.Equal(0.5, groups[1].GetProperty("impactRatio").GetDouble());
        Assert.True(groups[1].GetProperty("smallGroup").GetBoolean());

        using var posted = await _client.PostAsJsonAsync($"/api/screenings/{id}/selection-rates", new { attributes = new[] { new { candidateId = weak, attribute = "band", value = "junior" } } }, Ct);
        using var postedReport = JsonDocument.Parse(await posted.Content.ReadAsStringAsync(Ct));
        var band = postedReport.RootElement.GetProperty("attributes")[0];
        Assert.Equal("band", band.GetProperty("attribute").GetString());
        Assert.Equal(2, band.GetProperty("unknown").GetProperty("candidates").GetInt32());
    }

    [Fact]
    public async Task Bad_attributes_unknown_screenings_and_missing_keys_are_refused_with_stable_codes()
    {
        await ApiAssert.ErrorAsync(await _client.PutAsync("/api/screenings/scr-000000000000000000000000/attributes", new StringContent("candidateId,attribute,value\na,b,c\n", Encoding.UTF8, "text/csv"), Ct), 404, "screening_not_found");
        await ApiAssert.ErrorAsync(await _client.PostAsync("/api/screenings/scr-000000000000000000000000/selection-rates", new StringContent("id,x\n1,2\n", Encoding.UTF8, "text/csv"), Ct), 400, "invalid_attributes");
        await ApiAssert.ErrorAsync(await _client.PostAsync("/api/screenings/scr-000000000000000000000000/selection-rates", new StringContent("{\"attributes\":[{\"candidateId\":\"a\"}]}", Encoding.UTF8, "application/json"), Ct), 400, "invalid_attributes");
        await ApiAssert.ErrorAsync(await _client.PostAsync("/api/screenings/scr-000000000000000000000000/selection-rates", new StringContent("<x/>", Encoding.UTF8, "application/xml"), Ct), 415, "invalid_request");
        using var anonymous = _host.CreateClient(withKey: false);
        using var denied = await anonymous.GetAsync("/api/screenings/scr-000000000000000000000000/selection-rates", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
    }

    private async Task<string> ScreenAsync(params string[] candidateIds)
    {
        using var response = await _client.PostAsJsonAsync("/api/screenings", new { jobText = "# Backend\n## Requirements\n- C# and .NET\n- PostgreSQL\n- Kubernetes", candidateIds, options = new { threshold = 40 } }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var id = payload.RootElement.GetProperty("id").GetString()!;
        await IngestionHostFactory.WaitForStatusAsync(_client, id, Ct, TimeSpan.FromSeconds(120));
        return id;
    }
}
