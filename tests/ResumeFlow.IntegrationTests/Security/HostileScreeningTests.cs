using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Host.Ingestion;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.IntegrationTests.Security;

/// <summary>Screening requests are validated before anything is written, and markup in any input never comes back as markup.</summary>
public sealed class HostileScreeningTests : IAsyncLifetime
{
    private const string Script = "<script>alert('x')</script>";
    private const string Image = "<img src=x onerror=alert(1)>";

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

    [Theory]
    [InlineData("""{"jobText":"# Job\n- C#","all":false}""", "candidates_required")]
    [InlineData("""{"jobText":"# Job\n- C#","all":false,"candidateIds":[]}""", "candidates_required")]
    [InlineData("""{"jobText":"# Job\n- C#","candidateIds":[null]}""", "invalid_candidate_id")]
    [InlineData("""{"jobText":"# Job\n- C#","candidateIds":["../../etc/passwd"]}""", "invalid_candidate_id")]
    [InlineData("""{"jobText":"# Job\n- C#","candidateIds":["0000000000000000000000000000000000000000000000000000000000000000"]}""", "candidate_not_found")]
    [InlineData("""{"jobText":"   ","all":true}""", "job_empty")]
    public async Task A_rejected_screening_request_is_4xx_with_a_code_and_leaves_no_job_behind(string body, string code)
    {
        using var response = await _client.PostAsync("/api/screenings", new StringContent(body, Encoding.UTF8, "application/json"), Ct);

        Assert.True((int)response.StatusCode is >= 400 and < 500, $"{(int)response.StatusCode}");
        Assert.Equal(code, await ErrorBody.CodeAsync(response, Ct));
        Assert.Equal(0, await CountJobsAsync());
    }

    [Fact]
    public async Task Job_text_over_the_limit_is_refused_and_not_stored()
    {
        var longJob = "# Job\n" + new string('x', 100_001);
        using var screening = await _client.PostAsJsonAsync("/api/screenings", new { jobText = longJob, all = true }, Ct);
        using var job = await _client.PostAsJsonAsync("/api/jobs", new { text = longJob }, Ct);
        using var huge = await _client.PostAsync("/api/jobs", new StringContent(JsonSerializer.Serialize(new { text = new string('x', 5 * 1024 * 1024) }), Encoding.UTF8, "application/json"), Ct);

        Assert.Equal(HttpStatusCode.BadRequest, screening.StatusCode);
        Assert.Equal("job_text_too_long", await ErrorBody.CodeAsync(screening, Ct));
        Assert.Equal(HttpStatusCode.BadRequest, job.StatusCode);
        Assert.Equal("job_text_too_long", await ErrorBody.CodeAsync(job, Ct));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, huge.StatusCode);
        await ErrorBody.CodeAsync(huge, Ct);
        Assert.Equal(0, await CountJobsAsync());
    }

    [Fact]
    public async Task Markup_in_cv_text_file_names_and_job_text_never_comes_back_as_markup_in_the_html_report()
    {
        var first = await UploadAsync($"Mallory {Script}\nBackend engineer {Image}\nC#, .NET, SQL since 2015", $"{Image}.txt");
        var second = await UploadAsync($"Trent\nFrontend developer {Script}\nReact since 2020", "trent<b>bold</b>.md");
        var job = $"# Backend {Script}\n## Requirements\n- C# and .NET {Image}\n- SQL";

        using var start = await _client.PostAsJsonAsync("/api/screenings", new { jobText = job, candidateIds = new[] { first, second } }, Ct);
        Assert.Equal(HttpStatusCode.Accepted, start.StatusCode);
        var payload = await start.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var status = await IngestionHostFactory.WaitForStatusAsync(_client, payload.GetProperty("id").GetString()!, Ct, TimeSpan.FromSeconds(120));
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());

        var html = await _client.GetStringAsync($"/api/screenings/{payload.GetProperty("id").GetString()}/report.html", Ct);

        Assert.Contains("&lt;img src=x onerror=alert(1)&gt;.txt", html, StringComparison.Ordinal);
        foreach (var markup in new[] { "<script>alert", "<img src=x", "<b>bold</b>" })
        {
            Assert.DoesNotContain(markup, html, StringComparison.OrdinalIgnoreCase);
        }
    }

    private async Task<string> UploadAsync(string text, string fileName)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cvs?fileName=" + Uri.EscapeDataString(fileName)) { Content = new StringContent(text, Encoding.UTF8) };
        using var response = await _client.SendAsync(request, Ct);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var payload = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var status = await IngestionHostFactory.WaitForStatusAsync(_client, payload.GetProperty("id").GetString()!, Ct);
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        return Assert.Single(response.Headers.GetValues(IngestionEndpoints.CandidateIdHeader));
    }

    private async Task<int> CountJobsAsync()
    {
        var count = 0;
        await foreach (var _ in _factory.Services.GetRequiredService<IDocumentStore>().ReadAllAsync<JsonElement>(DocumentContainers.Jobs, Ct))
        {
            count++;
        }

        return count;
    }
}
