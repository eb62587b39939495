using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Host.Ingestion;

namespace ResumeFlow.IntegrationTests.Ingestion;

/// <summary>POST /api/cvs and the candidate endpoints on the local host (embedded engine, folder and SQLite stores).</summary>
public sealed class IngestionApiTests : IAsyncLifetime
{
    private IngestionHostFactory _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new IngestionHostFactory(new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "200000" });
        _client = _factory.CreateClient();
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task A_multipart_upload_answers_the_durable_check_status_payload_and_ingests()
    {
        var pdf = SamplePdf.Create("Ada Lovelace");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        form.Add(file, "file", "ada.pdf");

        using var response = await _client.PostAsync("/api/cvs", form, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var candidateId = Assert.Single(response.Headers.GetValues(IngestionEndpoints.CandidateIdHeader));
        Assert.Equal(CandidateId.FromContent(pdf), candidateId);
        var payload = await response.Content.ReadFromJsonAsync<JsonElement>(Ct);
        var instanceId = payload.GetProperty("id").GetString()!;
        Assert.Equal("ingest-" + candidateId, instanceId);
        Assert.Equal(payload.GetProperty("statusQueryGetUri").GetString(), response.Headers.Location!.ToString());
        foreach (var uri in new[] { "sendEventPostUri", "terminatePostUri", "purgeHistoryDeleteUri", "suspendPostUri", "resumePostUri" })
        {
            Assert.Contains(instanceId, payload.GetProperty(uri).GetString(), StringComparison.Ordinal);
        }

        var status = await IngestionHostFactory.WaitForStatusAsync(_client, instanceId, Ct);
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
        Assert.Equal("done", status.GetProperty("customStatus").GetProperty("step").GetString());

        var candidate = await _client.GetFromJsonAsync<JsonElement>($"/api/cvs/{candidateId}", Ct);
        Assert.Equal("Ingested", candidate.GetProperty("status").GetString());
        var profile = await _client.GetFromJsonAsync<JsonElement>($"/api/cvs/{candidateId}/profile", Ct);
        Assert.Equal("Contoso Ltd", profile.GetProperty("workHistory")[0].GetProperty("company").GetString());

        // The same file again: the same instance, no new work.
        using var again = await _client.PostAsync($"/api/cvs?fileName=ada-again.pdf", new ByteArrayContent(pdf), Ct);
        Assert.Equal(HttpStatusCode.Accepted, again.StatusCode);
        Assert.Equal(instanceId, (await again.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString());
        var after = await IngestionHostFactory.WaitForStatusAsync(_client, instanceId, Ct);
        Assert.Equal(status.GetProperty("lastUpdatedTime").GetString(), after.GetProperty("lastUpdatedTime").GetString());
    }

    [Fact]
    public async Task A_raw_body_named_by_header_is_accepted_and_bad_content_fails_with_its_code()
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/cvs") { Content = new ByteArrayContent(Encoding.ASCII.GetBytes("%PDF-1.4 broken")) };
        request.Headers.Add("X-File-Name", "broken.pdf");

        using var response = await _client.SendAsync(request, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var instanceId = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        var status = await IngestionHostFactory.WaitForStatusAsync(_client, instanceId, Ct);
        Assert.Equal("Failed", status.GetProperty("runtimeStatus").GetString());
        Assert.Contains("corrupt_file:", status.GetProperty("output").ToString(), StringComparison.Ordinal);
        var candidateId = response.Headers.GetValues(IngestionEndpoints.CandidateIdHeader).Single();
        var candidate = await _client.GetFromJsonAsync<JsonElement>($"/api/cvs/{candidateId}", Ct);
        Assert.Equal("Failed", candidate.GetProperty("status").GetString());
        Assert.Equal("corrupt_file", candidate.GetProperty("error").GetProperty("code").GetString());
    }

    [Fact]
    public async Task Uploads_need_the_api_key_a_file_name_and_a_size_under_the_upload_limit()
    {
        using var anonymous = _factory.CreateClient(withKey: false);
        using var unauthorised = await anonymous.PostAsync("/api/cvs?fileName=cv.txt", new StringContent("Jane"), Ct);
        Assert.Equal(HttpStatusCode.Unauthorized, unauthorised.StatusCode);

        using var nameless = await _client.PostAsync("/api/cvs", new ByteArrayContent([1, 2, 3]), Ct);
        Assert.Equal(HttpStatusCode.BadRequest, nameless.StatusCode);
        Assert.Equal("invalid_file_name", (await nameless.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("error").GetProperty("code").GetString());

        using var unknown = await _client.GetAsync($"/api/cvs/{new string('a', 64)}", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
    }
}
