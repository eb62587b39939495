using System.Net;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Calls;

namespace ResumeFlow.IntegrationTests.Calls;

/// <summary>The call-analysis HTTP API on the local host (embedded engine and stores in a temp folder, no LLM: metrics only).</summary>
public sealed class CallAnalysisApiTests : IAsyncDisposable
{
    private readonly IngestionHostFactory _host = new(new Dictionary<string, string?>());
    private readonly HttpClient _client;

    public CallAnalysisApiTests() => _client = _host.CreateClient();

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(RepositoryPaths.Root!, "samples", "calls", name));

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _host.DisposeAsync();
    }

    [Fact]
    public async Task Multipart_upload_starts_a_run_whose_state_and_reports_follow()
    {
        using var form = new MultipartFormDataContent();
        foreach (var name in new[] { "call-01-priya-raman-backend.txt", "gen-01-amara-okafor.teams.vtt", "broken-empty.txt" })
        {
            var file = new ByteArrayContent(Sample(name));
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            form.Add(file, "files", name);
        }

        using var response = await _client.PostAsync("/api/call-analyses", form, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var id = payload.RootElement.GetProperty("id").GetString()!;
        Assert.StartsWith("calls-", id, StringComparison.Ordinal);
        var status = await IngestionHostFactory.WaitForStatusAsync(_client, payload.RootElement.GetProperty("id").GetString()!, Ct, TimeSpan.FromSeconds(120));
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());

        using var run = JsonDocument.Parse(await _client.GetStringAsync($"/api/call-analyses/{id}", Ct));
        Assert.Equal("done", run.RootElement.GetProperty("progress").GetProperty("phase").GetString());
        var result = run.RootElement.GetProperty("result");
        Assert.Equal((2, 1), (result.GetProperty("calls").GetInt32(), result.GetProperty("unreadableFiles").GetInt32()));
        var htmlUri = run.RootElement.GetProperty("reports").GetProperty("html").GetString()!;
        Assert.Contains("<svg", await _client.GetStringAsync(htmlUri, Ct), StringComparison.Ordinal);
        foreach (var chart in new[] { "outcomes", "sentiments", "talk-share", "durations" })
        {
            using var svg = await _client.GetAsync($"/api/call-analyses/{id}/charts/{chart}.svg", Ct);
            Assert.Equal("image/svg+xml", svg.Content.Headers.ContentType?.MediaType);
            Assert.Contains("<svg", await svg.Content.ReadAsStringAsync(Ct), StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(await _client.GetStringAsync($"/api/call-analyses/{id}/report.json", Ct));
        Assert.Equal("broken-empty.txt", json.RootElement.GetProperty("unreadableFiles")[0].GetProperty("source").GetString());
        using var csv = await _client.GetAsync($"/api/call-analyses/{id}/report.csv", Ct);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_json_body_naming_inbox_transcripts_starts_a_run_over_them()
    {
        var artifacts = _host.Services.GetRequiredService<IArtifactStore>();
        foreach (var name in new[] { "gen-03-mei-tanaka.srt", "gen-export.csv" })
        {
            using var content = new MemoryStream(Sample(name));
            await artifacts.PutAsync(CallArtifacts.InboxContainer, "team-a/" + name, content, "application/octet-stream", Ct);
        }

        using var body = new StringContent("""{"transcripts":["team-a/gen-03-mei-tanaka.srt","team-a/gen-export.csv"]}""", Encoding.UTF8, "application/json");
        using var response = await _client.PostAsync("/api/call-analyses", body, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var status = await IngestionHostFactory.WaitForStatusAsync(_client, payload.RootElement.GetProperty("id").GetString()!, Ct, TimeSpan.FromSeconds(120));
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        Assert.True(status.GetProperty("output").GetProperty("calls").GetInt32() > 2, status.ToString());
    }

    [Theory]
    [InlineData("application/json", "", "{not json", 400, "invalid_request")]
    [InlineData("application/json", "", """{"transcripts":[]}""", 400, "transcripts_required")]
    [InlineData("application/json", "", """{"transcripts":["../secrets.vtt"]}""", 400, "invalid_transcript_name")]
    [InlineData("application/json", "", """{"transcripts":["missing.vtt"]}""", 404, "transcript_not_found")]
    [InlineData("application/json", "", """{"transcripts":["a.vtt"],"surprise":1}""", 400, "invalid_request")]
    [InlineData("application/json", "", """{"transcripts":["a.vtt"],"candidateId":"cand-1"}""", 400, "invalid_candidate_id")]
    [InlineData("text/plain", "?fileName=a.txt&candidateId=nope", "Ann: hi", 400, "invalid_candidate_id")]
    [InlineData("text/plain", "", "Ann: hi", 415, "unsupported_media_type")]
    [InlineData("multipart/form-data", "", "--x--", 400, "invalid_form")]
    public async Task Malformed_requests_are_4xx_with_a_stable_code_and_start_nothing(string contentType, string query, string body, int status, string code)
    {
        using var content = new StringContent(body, Encoding.UTF8);
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);

        using var response = await _client.PostAsync("/api/call-analyses" + query, content, Ct);

        await ApiAssert.ErrorAsync(response, status, code);
        await AssertNothingStartedAsync();
    }

    [Fact]
    public async Task A_transcript_over_the_limit_is_413_and_nothing_is_stored()
    {
        using var content = new ByteArrayContent(new byte[(int)Workflows.Api.ApiLimits.MaxTranscriptBytes + 1]);

        using var response = await _client.PostAsync("/api/call-analyses?fileName=huge.txt", content, Ct);

        await ApiAssert.ErrorAsync(response, 413, "upload_too_large");
        await AssertNothingStartedAsync();
        var stored = _host.Services.GetRequiredService<IArtifactStore>().ListAsync(CallArtifacts.Container, string.Empty, Ct);
        Assert.Empty(await stored.ToListAsync(Ct));
    }

    [Fact]
    public async Task The_api_key_is_required_and_unknown_runs_are_404()
    {
        using var anonymous = _host.CreateClient(withKey: false);
        using var denied = await anonymous.PostAsync("/api/call-analyses?fileName=a.txt", new StringContent("Ann: hi"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, denied.StatusCode);
        using var deniedRead = await anonymous.GetAsync("/api/call-analyses/calls-0000", Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, deniedRead.StatusCode);

        await ApiAssert.ErrorAsync(await _client.GetAsync("/api/call-analyses/calls-0000", Ct), 404, "call_analysis_not_found");
        await ApiAssert.ErrorAsync(await _client.GetAsync("/api/call-analyses/calls-0000/report.html", Ct), 404, "call_analysis_not_found");
    }

    private async Task AssertNothingStartedAsync()
    {
        await foreach (var instance in _host.Services.GetRequiredService<DurableTaskClient>().GetAllInstancesAsync(new OrchestrationQuery()).WithCancellation(Ct))
        {
            Assert.NotEqual(AnalyzeCallsOrchestrator.Name, instance.Name);
        }
    }
}
