using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Host.Management;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Candidates;
using ResumeFlow.IntegrationTests.Hosting;

namespace ResumeFlow.IntegrationTests.Screening;

/// <summary>The screening HTTP API on the local host (embedded engine and stores in a temp folder).</summary>
public sealed class ScreeningApiTests : IAsyncLifetime
{
    private const string ApiKey = "screening-api-test-key";

    private const string Job = """
        # Senior Backend Engineer
        ## Requirements
        - Strong C# and .NET
        - SQL and PostgreSQL
        - Docker and Kubernetes
        """;

    private LocalApiHost _host = null!;
    private WebApplicationFactory<HttpManagementPayload> _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _host = new LocalApiHost(ApiKey);
        _factory = _host.Factory;
        _client = _host.Client;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Post_starts_a_screening_with_durables_202_and_results_and_reports_follow()
    {
        var strong = await AddCandidateAsync("strong.txt", "Backend engineer. C#, .NET, SQL, PostgreSQL, Docker, Kubernetes since 2015.");
        var weak = await AddCandidateAsync("weak.txt", "Frontend developer. React and CSS since 2022.");

        using var response = await _client.PostAsJsonAsync("/api/screenings", new { jobText = Job, candidateIds = new[] { strong, weak }, options = new { chunkSize = 1, threshold = 40 } }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        Assert.NotNull(response.Headers.Location);
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var id = payload.RootElement.GetProperty("id").GetString()!;
        var statusUri = payload.RootElement.GetProperty("statusQueryGetUri").GetString()!;
        Assert.StartsWith("scr-", id, StringComparison.Ordinal);

        var status = await PollUntilDoneAsync(statusUri);
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("completed", status.GetProperty("customStatus").GetProperty("phase").GetString());
        Assert.Equal(2, status.GetProperty("customStatus").GetProperty("total").GetInt32());

        using var results = JsonDocument.Parse(await _client.GetStringAsync($"/api/screenings/{id}/results?top=1", Ct));
        var rows = results.RootElement.GetProperty("results");
        Assert.Equal(1, rows.GetArrayLength());
        Assert.Equal(strong, rows[0].GetProperty("result").GetProperty("candidateId").GetString());
        Assert.Equal(1, rows[0].GetProperty("rank").GetInt32());

        using var filtered = JsonDocument.Parse(await _client.GetStringAsync($"/api/screenings/{id}/results?minScore=100", Ct));
        Assert.Equal(0, filtered.RootElement.GetProperty("results").GetArrayLength());

        using var csv = await _client.GetAsync($"/api/screenings/{id}/report.csv", Ct);
        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal(3, (await csv.Content.ReadAsStringAsync(Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries).Length);
        var html = await _client.GetStringAsync($"/api/screenings/{id}/report.html", Ct);
        Assert.Contains("strong.txt", html, StringComparison.Ordinal);
        using var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/screenings/{id}/report.json", Ct));
        Assert.Equal(2, json.RootElement.GetProperty("candidates").GetArrayLength());
    }

    [Theory]
    [InlineData("{not json", 400, "invalid_request")]
    [InlineData("""{"jobText":"# Job\n- C#","candidateIds":["0000000000000000000000000000000000000000000000000000000000000000"]}""", 404, "candidate_not_found")]
    [InlineData("""{"jobText":"# Job\n- C#","candidateIds":[]}""", 422, "no_candidates")]
    [InlineData("""{"jobId":"ffff","candidateIds":[]}""", 404, "job_not_found")]
    [InlineData("""{"candidateIds":[]}""", 400, "job_required")]
    [InlineData("""{"jobText":"# Job","all":true,"options":{"chunkSize":0}}""", 400, "invalid_options")]
    [InlineData("""{"jobText":"# Job","surprise":1}""", 400, "invalid_request")]
    [InlineData("""{"jobText":"# Job\n## Requirements\n- C#","all":true,"options":{"weights":{"requirements":{"Cobol":2}}}}""", 400, "invalid_weights")]
    [InlineData("""{"jobText":"# Job","all":true,"options":{"weights":{"mustHave":0,"niceToHave":0,"experience":0,"recency":0,"education":0,"title":0,"textSimilarity":0}}}""", 400, "invalid_weights")]
    [InlineData("""{"jobText":"# Job","all":true,"options":{"weights":{"title":101}}}""", 400, "invalid_weights")]
    public async Task Bad_screening_requests_are_4xx_with_a_stable_code_and_start_nothing(string body, int status, string code)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/json");

        using var response = await _client.PostAsync("/api/screenings", content, Ct);

        Assert.Equal(status, (int)response.StatusCode);
        using var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal(code, error.RootElement.GetProperty("error").GetProperty("code").GetString());
        await foreach (var instance in _factory.Services.GetRequiredService<DurableTaskClient>().GetAllInstancesAsync(new OrchestrationQuery()).WithCancellation(Ct))
        {
            Assert.NotEqual("ScreenCandidates", instance.Name);
        }
    }

    [Fact]
    public async Task Ranking_follows_the_requirement_weights_a_screening_is_started_with()
    {
        var sql = await AddCandidateAsync("sql.txt", "Backend engineer. C#, .NET, SQL, PostgreSQL since 2015.");
        var containers = await AddCandidateAsync("containers.txt", "Backend engineer. Docker, Kubernetes since 2015.");
        using var created = await _client.PostAsJsonAsync("/api/jobs", new { text = Job }, Ct);
        var jobId = (await created.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("jobId").GetString()!;
        var job = (await _factory.Services.GetRequiredService<IDocumentStore>().ReadAsync<Core.Jobs.JobProfile>(DocumentContainers.Jobs, jobId, jobId, Ct))!.Document;
        var kubernetes = job.Requirements.Single(r => r.Text.Contains("Kubernetes", StringComparison.Ordinal)).Name;

        var even = await ScreenAsync(jobId, null);
        var weighted = await ScreenAsync(jobId, new Dictionary<string, double> { [kubernetes] = 10 });

        Assert.Equal([sql, containers], even);
        Assert.Equal([containers, sql], weighted);
    }

    [Fact]
    public async Task Writes_need_the_api_key_and_reads_of_unknown_screenings_are_404()
    {
        using var anonymous = _factory.CreateClient();
        using var denied = await anonymous.PostAsJsonAsync("/api/screenings", new { jobText = Job, all = true }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);

        using var unknown = await _client.GetAsync("/api/screenings/scr-000000000000000000000000/results", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        using var format = await _client.GetAsync("/api/screenings/scr-000000000000000000000000/report.pdf", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, format.StatusCode);
        using var badTop = await _client.GetAsync("/api/screenings/scr-000000000000000000000000/results?top=many", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, badTop.StatusCode);
    }

    private async Task<List<string>> ScreenAsync(string jobId, Dictionary<string, double>? requirementWeights)
    {
        var options = new Dictionary<string, object> { ["useLlm"] = false };
        if (requirementWeights is not null)
        {
            options["weights"] = new { requirements = requirementWeights };
        }

        using var response = await _client.PostAsJsonAsync("/api/screenings", new { jobId, all = true, options }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        Assert.Equal("Completed", (await PollUntilDoneAsync(payload.RootElement.GetProperty("statusQueryGetUri").GetString()!)).GetProperty("runtimeStatus").GetString());
        using var results = JsonDocument.Parse(await _client.GetStringAsync($"/api/screenings/{payload.RootElement.GetProperty("id").GetString()}/results", Ct));
        return [.. results.RootElement.GetProperty("results").EnumerateArray().Select(r => r.GetProperty("result").GetProperty("candidateId").GetString()!)];
    }

    private Task<string> AddCandidateAsync(string fileName, string text)
        => IngestedCandidates.AddAsync(_factory.Services, fileName, text, Ct);

    private Task<JsonElement> PollUntilDoneAsync(string statusUri) => _host.PollUntilDoneAsync(statusUri, Ct);
}
