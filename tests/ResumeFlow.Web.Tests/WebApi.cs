using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace ResumeFlow.Web.Tests;

/// <summary>
/// The fixture host's HTTP API with the key, for setting up what a test does not exercise in the browser
/// (the CVs, a job and a screening behind a candidate page), as any client would.
/// </summary>
internal sealed class WebApi(WebAppFixture app) : IDisposable
{
    private readonly HttpClient _client = Create(app);

    /// <summary>Uploads one CV and waits for its ingestion; returns the candidate id.</summary>
    public async Task<string> UploadCvAsync(string fileName, byte[] bytes, CancellationToken cancellationToken)
    {
        using var content = new ByteArrayContent(bytes);
        using var response = await _client.PostAsync($"/api/cvs?fileName={Uri.EscapeDataString(fileName)}", content, cancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var candidateId = response.Headers.GetValues("X-Candidate-Id").Single();
        var payload = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
        await WaitAsync(payload.GetProperty("id").GetString()!, cancellationToken);
        return candidateId;
    }

    public async Task<string> SaveJobAsync(string text, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync("/api/jobs", new { text }, cancellationToken);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("jobId").GetString()!;
    }

    /// <summary>Screens the candidates (deterministic only, quick) and waits for it; returns the screening id.</summary>
    public async Task<string> ScreenAsync(string jobId, IReadOnlyList<string> candidateIds, CancellationToken cancellationToken)
    {
        using var response = await _client.PostAsJsonAsync("/api/screenings", new { jobId, candidateIds, options = new { useLlm = false } }, cancellationToken);
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
        await WaitAsync(id, cancellationToken);
        return id;
    }

    /// <summary>Erases the candidate (the tests share one host: a candidate left behind would join another test's screening of everyone).</summary>
    public async Task EraseCandidateAsync(string candidateId, CancellationToken cancellationToken)
    {
        using var response = await _client.DeleteAsync($"/api/candidates/{Uri.EscapeDataString(candidateId)}", cancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    /// <summary>Durable's status of an instance, with its input.</summary>
    public async Task<JsonElement> StatusAsync(string instanceId, CancellationToken cancellationToken)
        => await _client.GetFromJsonAsync<JsonElement>($"/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(instanceId)}?showInput=true", cancellationToken);

    /// <summary>Polls Durable's status route until the instance has finished (it must complete).</summary>
    public async Task WaitAsync(string instanceId, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddMinutes(3);
        while (true)
        {
            using var response = await _client.GetAsync($"/runtime/webhooks/durabletask/instances/{Uri.EscapeDataString(instanceId)}", cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                var status = await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
                Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
                return;
            }

            Assert.True(DateTime.UtcNow < deadline, $"instance {instanceId} did not finish");
            await Task.Delay(250, cancellationToken);
        }
    }

    public void Dispose() => _client.Dispose();

    private static HttpClient Create(WebAppFixture app)
    {
        var client = new HttpClient { BaseAddress = app.BaseUri, Timeout = TimeSpan.FromMinutes(2) };
        client.DefaultRequestHeaders.Add("x-functions-key", WebAppFixture.ApiKey);
        return client;
    }
}
