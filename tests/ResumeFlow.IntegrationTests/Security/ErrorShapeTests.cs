using System.Net;
using System.Text;
using ResumeFlow.IntegrationTests.Ingestion;

namespace ResumeFlow.IntegrationTests.Security;

/// <summary>One problem-details handler: every non-2xx answer, whoever produced it, carries a stable code.</summary>
public sealed class ErrorShapeTests : IAsyncLifetime
{
    private const string Mgmt = "/runtime/webhooks/durabletask";
    private static readonly string Id = new('a', 64);

    private IngestionHostFactory _factory = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new IngestionHostFactory(new Dictionary<string, string?> { ["Ingestion:MaxFileBytes"] = "50000" });
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync() => await _factory.DisposeAsync();

    /// <summary>Malformed input for every route (the route pattern says which), with the status it must get.</summary>
    private static IEnumerable<(string Pattern, HttpMethod Method, string Url, HttpContent? Body, int Status)> Cases()
    {
        yield return ($"{Mgmt}/instances", HttpMethod.Get, $"{Mgmt}/instances?createdTimeFrom=garbage", null, 400);
        yield return ($"{Mgmt}/instances", HttpMethod.Get, $"{Mgmt}/instances?top=many", null, 400);
        yield return ($"{Mgmt}/instances", HttpMethod.Get, $"{Mgmt}/instances?runtimeStatus=Sleepy", null, 400);
        yield return ($"{Mgmt}/instances", HttpMethod.Put, $"{Mgmt}/instances", Json("{}"), 405);
        yield return ($"{Mgmt}/instances/{{instanceId}}", HttpMethod.Get, $"{Mgmt}/instances/nobody?showHistory=perhaps", null, 400);
        yield return ($"{Mgmt}/instances/{{instanceId}}", HttpMethod.Get, $"{Mgmt}/instances/nobody", null, 404);
        yield return ($"{Mgmt}/instances/{{instanceId}}", HttpMethod.Delete, $"{Mgmt}/instances/nobody", null, 404);
        yield return ($"{Mgmt}/instances/{{instanceId}}/raiseEvent/{{eventName}}", HttpMethod.Post, $"{Mgmt}/instances/nobody/raiseEvent/go", Json("{broken"), 400);
        yield return ($"{Mgmt}/instances/{{instanceId}}/terminate", HttpMethod.Post, $"{Mgmt}/instances/nobody/terminate", null, 404);
        yield return ($"{Mgmt}/instances/{{instanceId}}/suspend", HttpMethod.Post, $"{Mgmt}/instances/nobody/suspend", null, 404);
        yield return ($"{Mgmt}/instances/{{instanceId}}/resume", HttpMethod.Post, $"{Mgmt}/instances/nobody/resume", null, 404);
        yield return ($"{Mgmt}/orchestrators/{{functionName}}/{{instanceId?}}", HttpMethod.Post, $"{Mgmt}/orchestrators/MgmtApproval", Json("{broken"), 400);
        yield return ("/api/cvs", HttpMethod.Post, "/api/cvs", new ByteArrayContent([1, 2, 3]), 400);
        yield return ("/api/cvs", HttpMethod.Post, "/api/cvs?fileName=big.txt", new ByteArrayContent(new byte[200_000]), 413);
        yield return ("/api/cvs", HttpMethod.Post, "/api/cvs", new FormUrlEncodedContent([new("a", "b")]), 415);
        yield return ("/api/cvs", HttpMethod.Put, "/api/cvs", new ByteArrayContent([1]), 405);
        yield return ("/api/cvs/{id}", HttpMethod.Get, "/api/cvs/not-an-id", null, 400);
        yield return ("/api/cvs/{id}", HttpMethod.Get, $"/api/cvs/{Id}", null, 404);
        yield return ("/api/cvs/{id}/profile", HttpMethod.Get, "/api/cvs/..%2F..%2Fetc/profile", null, 400);
        yield return ("/api/cvs/{id}/profile", HttpMethod.Get, $"/api/cvs/{Id}/profile", null, 404);
        yield return ("/api/jobs", HttpMethod.Post, "/api/jobs", new StringContent("just text", Encoding.UTF8, "text/plain"), 415);
        yield return ("/api/jobs", HttpMethod.Post, "/api/jobs", Json("{\"text\":"), 400);
        yield return ("/api/screenings", HttpMethod.Post, "/api/screenings", Json("""{"jobText":"# Job","candidateIds":[null]}"""), 400);
        yield return ("/api/screenings", HttpMethod.Post, "/api/screenings", Json("""{"jobText":"# Job","all":false}"""), 400);
        yield return ("/api/screenings", HttpMethod.Post, "/api/screenings", Json("""{"jobText":"# Job","candidateIds":"all"}"""), 400);
        yield return ("/api/screenings/{id}/retry", HttpMethod.Post, "/api/screenings/scr-nobody/retry", null, 404);
        yield return ("/api/screenings/{id}/results", HttpMethod.Get, "/api/screenings/scr-nobody/results?top=lots", null, 400);
        yield return ("/api/screenings/{id}/results", HttpMethod.Get, "/api/screenings/scr-nobody/results", null, 404);
        yield return ("/api/screenings/{id}/report.{format}", HttpMethod.Get, "/api/screenings/scr-nobody/report.exe", null, 400);
        yield return ("/api/screenings/{id}/candidates/{candidateId}/review", HttpMethod.Post, $"/api/screenings/scr-nobody/candidates/{Id}/review", Json("{\"reviewer\":"), 400);
        yield return ("/api/screenings/{id}/candidates/{candidateId}/review", HttpMethod.Post, $"/api/screenings/scr-nobody/candidates/{Id}/review", Json("""{"reviewer":"A","decision":"confirm","reason":"r"}"""), 404);
        yield return ("/api/screenings/{id}/audit", HttpMethod.Get, "/api/screenings/scr-nobody/audit", null, 404);
        yield return ("/api/candidates/{id}", HttpMethod.Delete, "/api/candidates/..%2Fetc", null, 404);
        yield return ("/api/candidates/{id}", HttpMethod.Delete, $"/api/candidates/{Id}", null, 404);
        yield return ("/api/analyses", HttpMethod.Post, "/api/analyses", Json("{\"candidateId\":"), 400);
        yield return ("/api/analyses", HttpMethod.Post, "/api/analyses", Json($"{{\"candidateId\":\"{Id}\",\"jobId\":\"{Id}\"}}"), 404);
        yield return ("/api/analyses/{id}", HttpMethod.Get, "/api/analyses/no-such-analysis", null, 404);
        yield return ("/api/analyses/{id}/{file}", HttpMethod.Get, "/api/analyses/no-such-analysis/report.exe", null, 404);
        yield return ("/api/call-analyses", HttpMethod.Post, "/api/call-analyses", Json("{\"transcripts\":"), 400);
        yield return ("/api/call-analyses", HttpMethod.Post, "/api/call-analyses", new StringContent("x", Encoding.UTF8, "application/x-unknown"), 415);
        yield return ("/api/call-analyses/{id}", HttpMethod.Get, "/api/call-analyses/calls-nobody", null, 404);
        yield return ("/api/call-analyses/{id}/report.{format}", HttpMethod.Get, "/api/call-analyses/calls-nobody/report.html", null, 404);
        yield return ("/api/screenings/{id}/attributes", HttpMethod.Put, "/api/screenings/scr-nobody/attributes", Json("{broken"), 400);
        yield return ("/api/screenings/{id}/selection-rates", HttpMethod.Get, "/api/screenings/scr-nobody/selection-rates", null, 404);
        yield return ("/api/screenings/{id}/selection-rates", HttpMethod.Post, "/api/screenings/scr-nobody/selection-rates", Json("{broken"), 400);
        yield return ("/api/batches", HttpMethod.Post, "/api/batches", Json("{\"numBatches\":"), 400);
        yield return ("/api/batches/{id}", HttpMethod.Get, "/api/batches/batch-nobody", null, 404);
        yield return ("/api/batches/{id}/cost.{format}", HttpMethod.Get, "/api/batches/batch-nobody/cost.json", null, 404);
        yield return ("/api/batches/{id}/cancel", HttpMethod.Post, "/api/batches/batch-nobody/cancel", null, 404);
        yield return ("/healthz", HttpMethod.Delete, "/healthz", null, 405);
        yield return ("/logout", HttpMethod.Post, "/logout", null, 400);
        yield return ("/screenings/{id}/results", HttpMethod.Get, "/screenings/a%23b/results", null, 400);
        yield return ("/analyses/{id}/result", HttpMethod.Get, "/analyses/a%23b/result", null, 404);
        yield return ("/analyses", HttpMethod.Put, "/analyses", Json("{}"), 405);
        yield return ("/analyses/{Id}", HttpMethod.Put, "/analyses/x", Json("{}"), 405);
        yield return ("/api/call-analyses/{id}/charts/{chart}.svg", HttpMethod.Get, "/api/call-analyses/calls-nobody/charts/outcomes.svg", null, 404);
        yield return ("/api/call-analyses/{id}/charts/{chart}.svg", HttpMethod.Get, "/api/call-analyses/calls-nobody/charts/secrets.svg", null, 404);
        yield return ("/calls/{id}/report", HttpMethod.Get, "/calls/a%23b/report", null, 404);
        yield return ("/calls", HttpMethod.Put, "/calls", Json("{}"), 405);
        yield return ("/calls/{Id}", HttpMethod.Put, "/calls/x", Json("{}"), 405);
        yield return ("/batches/{id}/cost", HttpMethod.Get, "/batches/batch-nobody/cost", null, 404);
        yield return ("/_framework/opaque-redirect", HttpMethod.Get, "/_framework/opaque-redirect?url=garbage", null, 400);
        foreach (var page in new[] { "/", "/login", "/jobs", "/jobs/{Id}", "/candidates", "/candidates/{Id}", "/screenings/{Id}", "/batches", "/batches/{Id}" })
        {
            yield return (page, HttpMethod.Put, page.Replace("{Id}", "x", StringComparison.Ordinal), Json("{}"), 405);
        }

        yield return ("(none)", HttpMethod.Get, "/no/such/route", null, 404);
    }

    [Fact]
    public async Task Every_route_answers_malformed_input_with_a_stable_code()
    {
        using var client = _factory.CreateClient();
        var cases = Cases().ToList();
        var failures = new List<string>();
        foreach (var (pattern, method, url, body, status) in cases)
        {
            using var request = new HttpRequestMessage(method, url) { Content = body };
            using var response = await client.SendAsync(request, Ct);
            if ((int)response.StatusCode != status)
            {
                failures.Add($"{method} {url}: {(int)response.StatusCode} (expected {status}) {await response.Content.ReadAsStringAsync(Ct)}");
                continue;
            }

            await ErrorBody.CodeAsync(response, Ct);
        }

        Assert.Empty(failures);
        var walked = cases.Select(c => c.Pattern).ToHashSet();
        var routes = HostAccessTests.Routes(_factory.Services).Select(r => r.Pattern).Distinct();
        Assert.All(routes, pattern => Assert.True(walked.Contains(pattern), $"route {pattern} is not walked with malformed input"));
    }

    [Fact]
    public async Task A_failure_inside_the_host_is_500_with_a_trace_id_and_no_stack_trace()
    {
        // Artifacts under a regular file: the first write fails with an I/O error in the store.
        var blocker = Path.Combine(Path.GetTempPath(), "resumeflow-blocker-" + Guid.NewGuid().ToString("N"));
        await File.WriteAllTextAsync(blocker, "not a folder", Ct);
        try
        {
            await using var broken = new IngestionHostFactory(new Dictionary<string, string?> { ["Storage:Artifacts:RootPath"] = Path.Combine(blocker, "artifacts") });
            using var client = broken.CreateClient();

            using var response = await client.PostAsync("/api/cvs?fileName=cv.txt", new StringContent("Jane Doe"), Ct);

            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            Assert.Equal("internal_error", await ErrorBody.CodeAsync(response, Ct));
            var text = await response.Content.ReadAsStringAsync(Ct);
            Assert.Contains("\"traceId\":", text, StringComparison.Ordinal);
            Assert.DoesNotContain(" at ", text, StringComparison.Ordinal);
            Assert.DoesNotContain(blocker, text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(blocker);
        }
    }

    private static StringContent Json(string json) => new(json, Encoding.UTF8, "application/json");
}
