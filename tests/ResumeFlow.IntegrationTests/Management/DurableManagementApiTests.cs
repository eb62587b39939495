using System.Net;
using System.Text;
using System.Text.Json;
using ResumeFlow.Host.Management;

namespace ResumeFlow.IntegrationTests.Management;

/// <summary>Durable's management HTTP API on the local host: routes, payload shapes and status codes.</summary>
public sealed class DurableManagementApiTests : IAsyncLifetime
{
    private const string Key = "management-test-key";
    private const string Prefix = HttpManagementPayload.RoutePrefix;
    private ManagementApiFactory _factory = null!;
    private HttpClient _client = null!;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public ValueTask InitializeAsync()
    {
        _factory = new ManagementApiFactory(Key);
        _client = _factory.CreateClient();
        _client.DefaultRequestHeaders.Add("x-functions-key", Key);
        return ValueTask.CompletedTask;
    }

    public async ValueTask DisposeAsync()
    {
        _client.Dispose();
        await _factory.DisposeAsync();
    }

    [Fact]
    public async Task Start_returns_202_with_location_and_the_management_urls()
    {
        using var response = await PostAsync($"{Prefix}/orchestrators/MgmtApproval/order-1", """{"document":"cv-1"}""");

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
        var root = body.RootElement;
        var status = $"{_client.BaseAddress!.GetLeftPart(UriPartial.Authority)}{Prefix}/instances/order-1";
        Assert.Equal("order-1", root.GetProperty("id").GetString());
        Assert.Equal(status, root.GetProperty("statusQueryGetUri").GetString());
        Assert.Equal(status, response.Headers.Location?.ToString());
        Assert.Equal(status + "/raiseEvent/{eventName}", root.GetProperty("sendEventPostUri").GetString());
        Assert.Equal(status + "/terminate?reason={text}", root.GetProperty("terminatePostUri").GetString());
        Assert.Equal(status, root.GetProperty("purgeHistoryDeleteUri").GetString());
        Assert.Equal(status + "/suspend?reason={text}", root.GetProperty("suspendPostUri").GetString());
        Assert.Equal(status + "/resume?reason={text}", root.GetProperty("resumePostUri").GetString());
    }

    [Fact]
    public async Task Status_is_202_with_retry_after_while_running_and_200_with_output_when_completed()
    {
        using (await PostAsync($"{Prefix}/orchestrators/MgmtApproval/order-2", """{"document":"cv-2"}"""))
        {
        }

        var running = await WaitForAsync("order-2", r => r.GetProperty("customStatus").ValueKind == JsonValueKind.Object);
        Assert.Equal("Running", running.GetProperty("runtimeStatus").GetString());
        Assert.Equal("MgmtApproval", running.GetProperty("name").GetString());
        Assert.Equal("order-2", running.GetProperty("instanceId").GetString());
        Assert.Equal("cv-2", running.GetProperty("input").GetProperty("document").GetString());
        Assert.Equal("waiting", running.GetProperty("customStatus").GetProperty("phase").GetString());
        Assert.Equal(JsonValueKind.Null, running.GetProperty("output").ValueKind);
        Assert.True(running.GetProperty("createdTime").GetDateTime() <= running.GetProperty("lastUpdatedTime").GetDateTime());

        using (var pending = await _client.GetAsync($"{Prefix}/instances/order-2?showInput=false", Ct))
        {
            Assert.Equal(HttpStatusCode.Accepted, pending.StatusCode);
            Assert.NotNull(pending.Headers.RetryAfter);
            Assert.Equal($"{_client.BaseAddress!.GetLeftPart(UriPartial.Authority)}{Prefix}/instances/order-2?showInput=false", pending.Headers.Location?.ToString());
            using var body = JsonDocument.Parse(await pending.Content.ReadAsStringAsync(Ct));
            Assert.Equal(JsonValueKind.Null, body.RootElement.GetProperty("input").ValueKind);
        }

        using (var raised = await PostAsync($"{Prefix}/instances/order-2/raiseEvent/approve", """{"by":"Ana"}"""))
        {
            Assert.Equal(HttpStatusCode.Accepted, raised.StatusCode);
        }

        var done = await WaitForAsync("order-2", r => r.GetProperty("runtimeStatus").GetString() == "Completed");
        Assert.Equal("approved cv-2 by Ana", done.GetProperty("output").GetString());

        using var withHistory = await _client.GetAsync($"{Prefix}/instances/order-2?showHistory=true&showHistoryOutput=true", Ct);
        Assert.Equal(HttpStatusCode.OK, withHistory.StatusCode);
        using var history = JsonDocument.Parse(await withHistory.Content.ReadAsStringAsync(Ct));
        var events = history.RootElement.GetProperty("historyEvents").EnumerateArray().ToList();
        Assert.Equal("ExecutionStarted", events[0].GetProperty("EventType").GetString());
        var completed = events.Single(e => e.GetProperty("EventType").GetString() == "TaskCompleted");
        Assert.Equal("MgmtGreet", completed.GetProperty("FunctionName").GetString());
        Assert.Equal("approved cv-2 by", completed.GetProperty("Result").GetString());
        Assert.Contains(events, e => e.GetProperty("EventType").GetString() == "EventRaised" && e.GetProperty("Name").GetString() == "approve");
        Assert.Equal("Completed", events[^1].GetProperty("OrchestrationStatus").GetString());
    }

    [Fact]
    public async Task Failed_instance_is_200_or_500_when_asked_and_unknown_is_404()
    {
        using (await PostAsync($"{Prefix}/orchestrators/MgmtFailing/broken-1", ""))
        {
        }

        var failed = await WaitForAsync("broken-1", r => r.GetProperty("runtimeStatus").GetString() == "Failed");
        Assert.Contains("boom", failed.GetProperty("output").GetString(), StringComparison.Ordinal);

        using var as500 = await _client.GetAsync($"{Prefix}/instances/broken-1?returnInternalServerErrorOnFailure=true", Ct);
        Assert.Equal(HttpStatusCode.InternalServerError, as500.StatusCode);
        using var unknown = await _client.GetAsync($"{Prefix}/instances/nobody", Ct);
        Assert.Equal(HttpStatusCode.NotFound, unknown.StatusCode);
        await AssertErrorAsync(unknown, "instance_not_found");
        // As on Durable's own backends, a name no worker knows starts an instance that fails, saying so.
        using (var unknownOrchestrator = await PostAsync($"{Prefix}/orchestrators/NoSuchThing/nobody-runs-this", ""))
        {
            Assert.Equal(HttpStatusCode.Accepted, unknownOrchestrator.StatusCode);
        }

        var orphan = await WaitForAsync("nobody-runs-this", r => r.GetProperty("runtimeStatus").GetString() == "Failed");
        Assert.Contains("NoSuchThing", orphan.GetProperty("output").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Suspend_resume_terminate_and_purge_follow_durables_codes()
    {
        using (await PostAsync($"{Prefix}/orchestrators/MgmtApproval/life-1", """{"document":"cv"}"""))
        {
        }

        await WaitForAsync("life-1", r => r.GetProperty("customStatus").ValueKind == JsonValueKind.Object);
        using (var suspend = await PostAsync($"{Prefix}/instances/life-1/suspend?reason=pause", ""))
        {
            Assert.Equal(HttpStatusCode.Accepted, suspend.StatusCode);
        }

        await WaitForAsync("life-1", r => r.GetProperty("runtimeStatus").GetString() == "Suspended");
        using (var resume = await PostAsync($"{Prefix}/instances/life-1/resume?reason=go", ""))
        {
            Assert.Equal(HttpStatusCode.Accepted, resume.StatusCode);
        }

        await WaitForAsync("life-1", r => r.GetProperty("runtimeStatus").GetString() == "Running");
        using (var busyPurge = await _client.DeleteAsync($"{Prefix}/instances/life-1", Ct))
        {
            Assert.Equal(HttpStatusCode.Conflict, busyPurge.StatusCode);
        }

        using (var terminate = await PostAsync($"{Prefix}/instances/life-1/terminate?reason=cancelled", ""))
        {
            Assert.Equal(HttpStatusCode.Accepted, terminate.StatusCode);
        }

        var terminated = await WaitForAsync("life-1", r => r.GetProperty("runtimeStatus").GetString() == "Terminated");
        Assert.Equal("cancelled", terminated.GetProperty("output").GetString());
        using (var gone = await PostAsync($"{Prefix}/instances/life-1/raiseEvent/approve", """{"by":"late"}"""))
        {
            Assert.Equal(HttpStatusCode.Gone, gone.StatusCode);
        }

        using (var purge = await _client.DeleteAsync($"{Prefix}/instances/life-1", Ct))
        {
            Assert.Equal(HttpStatusCode.OK, purge.StatusCode);
            using var body = JsonDocument.Parse(await purge.Content.ReadAsStringAsync(Ct));
            Assert.Equal(1, body.RootElement.GetProperty("instancesDeleted").GetInt32());
        }

        using var afterPurge = await _client.GetAsync($"{Prefix}/instances/life-1", Ct);
        Assert.Equal(HttpStatusCode.NotFound, afterPurge.StatusCode);
        using var purgeUnknown = await _client.DeleteAsync($"{Prefix}/instances/life-1", Ct);
        Assert.Equal(HttpStatusCode.NotFound, purgeUnknown.StatusCode);
    }

    [Fact]
    public async Task Listing_filters_and_pages_with_the_continuation_header()
    {
        for (var i = 0; i < 3; i++)
        {
            using (await PostAsync($"{Prefix}/orchestrators/MgmtApproval/list-{i}", """{"document":"x"}"""))
            {
            }
        }

        using (await PostAsync($"{Prefix}/orchestrators/MgmtFailing/list-failed", ""))
        {
        }

        await WaitForAsync("list-failed", r => r.GetProperty("runtimeStatus").GetString() == "Failed");
        var ids = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            using var request = new HttpRequestMessage(HttpMethod.Get, $"{Prefix}/instances?instanceIdPrefix=list-&runtimeStatus=Running,Pending&top=2");
            if (token is not null)
            {
                request.Headers.Add("x-ms-continuation-token", token);
            }

            using var response = await _client.SendAsync(request, Ct);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            using var page = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
            ids.AddRange(page.RootElement.EnumerateArray().Select(e => e.GetProperty("instanceId").GetString()!));
            token = response.Headers.TryGetValues("x-ms-continuation-token", out var values) ? values.Single() : null;
            pages++;
        }
        while (token is not null);

        Assert.Equal(2, pages);
        Assert.Equal(["list-0", "list-1", "list-2"], ids.Order());

        using var bad = await _client.GetAsync($"{Prefix}/instances?runtimeStatus=Sleeping", Ct);
        Assert.Equal(HttpStatusCode.BadRequest, bad.StatusCode);
        await AssertErrorAsync(bad, "invalid_runtime_status");
    }

    private async Task<HttpResponseMessage> PostAsync(string url, string json)
    {
        using var content = new StringContent(json, Encoding.UTF8, "application/json");
        return await _client.PostAsync(url, content, Ct);
    }

    private async Task<JsonElement> WaitForAsync(string instanceId, Func<JsonElement, bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            using var response = await _client.GetAsync($"{Prefix}/instances/{instanceId}", Ct);
            if (response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Accepted)
            {
                using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(Ct));
                if (condition(body.RootElement))
                {
                    return body.RootElement.Clone();
                }
            }

            Assert.True(DateTime.UtcNow < deadline, $"{instanceId} never reached the expected state (last {(int)response.StatusCode})");
            await Task.Delay(25, Ct);
        }
    }

    internal static async Task AssertErrorAsync(HttpResponseMessage response, string code)
    {
        using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
        Assert.Equal(code, body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrEmpty(body.RootElement.GetProperty("error").GetProperty("message").GetString()));
    }
}
