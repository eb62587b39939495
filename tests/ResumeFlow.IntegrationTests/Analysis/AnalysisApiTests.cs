using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Documents;
using ResumeFlow.IntegrationTests.Hosting;
using ResumeFlow.IntegrationTests.Security;
using ResumeFlow.Testing.Analysis;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.IntegrationTests.Analysis;

/// <summary>The resume analysis HTTP API on the local host (embedded engine and stores in a temp folder, no LLM).</summary>
public sealed class AnalysisApiTests : IAsyncLifetime
{
    private const string ApiKey = "analysis-api-test-key";
    private const string UnknownId = "0000000000000000000000000000000000000000000000000000000000000000";

    private LocalApiHost _host = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _host = new LocalApiHost(ApiKey);
        _client = _host.Client;
        return ValueTask.CompletedTask;
    }

    public ValueTask DisposeAsync() => _host.DisposeAsync();

    [Fact]
    public async Task Post_answers_durables_202_and_the_result_and_the_four_reports_follow()
    {
        var candidateId = await IngestedCandidates.AddAsync(_host.Factory.Services, "jane.txt", AnalysisSamples.Cv(), Ct);
        var jobId = await SaveJobAsync();

        using var response = await _client.PostAsJsonAsync("/api/analyses", new { candidateId, jobId }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var id = payload.RootElement.GetProperty("id").GetString()!;
        var status = await _host.PollUntilDoneAsync(payload.RootElement.GetProperty("statusQueryGetUri").GetString()!, Ct);
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("completed", status.GetProperty("customStatus").GetProperty("phase").GetString());

        using var result = await _client.GetAsync($"/api/analyses/{id}", Ct);
        Assert.Equal(HttpStatusCode.OK, result.StatusCode);
        using var json = JsonDocument.Parse(await result.Content.ReadAsStringAsync(Ct));
        var summary = json.RootElement.GetProperty("summary");
        Assert.InRange(summary.GetProperty("overallScore").GetDouble(), 1, 100);
        var sections = summary.GetProperty("sections").EnumerateArray().Select(s => s.GetProperty("section").GetString()).ToList();
        Assert.Equal(["experience", "skills", "education", "summary"], sections);
        Assert.Contains(json.RootElement.GetProperty("report").GetProperty("plan").EnumerateArray(), p => p.GetProperty("text").GetString() == "Terraform");

        using var html = await _client.GetAsync($"/api/analyses/{id}/analysis.html", Ct);
        Assert.Equal("text/html", html.Content.Headers.ContentType?.MediaType);
        Assert.Contains("<table id=\"sections\">", await html.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        using var md = await _client.GetAsync($"/api/analyses/{id}/analysis.md", Ct);
        Assert.Equal("text/markdown", md.Content.Headers.ContentType?.MediaType);
        using var report = await _client.GetAsync($"/api/analyses/{id}/analysis.json", Ct);
        Assert.Equal("application/json", report.Content.Headers.ContentType?.MediaType);
        using var docx = await _client.GetAsync($"/api/analyses/{id}/tailored.docx", Ct);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var lines = DocumentExtractor.Default.Extract(await docx.Content.ReadAsByteArrayAsync(Ct), "tailored.docx").Lines.Select(l => l.Text);
        Assert.Contains("Key skills: Terraform", lines);
    }

    [Theory]
    [InlineData("{not json", "application/json", 400, "invalid_request")]
    [InlineData("""{"candidateId":"x"}""", "text/plain", 415, "invalid_request")]
    [InlineData("""{"candidateId":"CANDIDATE","jobId":"JOB","surprise":1}""", "application/json", 400, "invalid_request")]
    [InlineData("""{"jobId":"JOB"}""", "application/json", 400, "candidate_required")]
    [InlineData("""{"candidateId":"CANDIDATE"}""", "application/json", 400, "job_required")]
    [InlineData("""{"candidateId":"UNKNOWN","jobId":"JOB"}""", "application/json", 404, "candidate_not_found")]
    [InlineData("""{"candidateId":"CANDIDATE","jobId":"UNKNOWN"}""", "application/json", 404, "job_not_found")]
    [InlineData("""{"candidateId":"CANDIDATE","jobId":"JOB","deployment":"gpt-4o"}""", "application/json", 400, "deployment_unknown")]
    public async Task Bad_analysis_requests_are_4xx_with_a_stable_code_and_start_nothing(string body, string contentType, int status, string code)
    {
        var candidateId = await IngestedCandidates.AddAsync(_host.Factory.Services, "jane.txt", AnalysisSamples.Cv(), Ct);
        var jobId = await SaveJobAsync();
        var text = body.Replace("UNKNOWN", UnknownId, StringComparison.Ordinal).Replace("CANDIDATE", candidateId, StringComparison.Ordinal).Replace("JOB", jobId, StringComparison.Ordinal);
        using var content = new StringContent(text, Encoding.UTF8, contentType);

        using var response = await _client.PostAsync("/api/analyses", content, Ct);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal(code, await ErrorBody.CodeAsync(response, Ct));
        await foreach (var instance in _host.Factory.Services.GetRequiredService<DurableTaskClient>().GetAllInstancesAsync(new OrchestrationQuery()).WithCancellation(Ct))
        {
            Assert.NotEqual("AnalyzeResume", instance.Name);
        }
    }

    [Fact]
    public async Task Every_route_needs_the_api_key_and_unknown_analyses_and_reports_are_404()
    {
        using var anonymous = _host.Factory.CreateClient();
        using var denied = await anonymous.PostAsJsonAsync("/api/analyses", new { candidateId = UnknownId, jobId = UnknownId }, Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        using var deniedRead = await anonymous.GetAsync("/api/analyses/some-id", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, deniedRead.StatusCode);

        using var unknown = await _client.GetAsync("/api/analyses/no-such-analysis", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        Assert.Equal("analysis_not_found", await ErrorBody.CodeAsync(unknown, Ct));
        using var unknownReport = await _client.GetAsync("/api/analyses/no-such-analysis/analysis.html", Ct);
        Assert.Equal("analysis_not_found", await ErrorBody.CodeAsync(unknownReport, Ct));
        using var unknownFile = await _client.GetAsync("/api/analyses/no-such-analysis/secrets.txt", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknownFile.StatusCode);
        Assert.Equal("unknown_report", await ErrorBody.CodeAsync(unknownFile, Ct));
    }

    private async Task<string> SaveJobAsync()
    {
        using var response = await _client.PostAsJsonAsync("/api/jobs", new { text = AnalysisSamples.Job }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        return json.RootElement.GetProperty("jobId").GetString()!;
    }
}
