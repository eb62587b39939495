using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using OpenAISimulator;
using ResumeFlow.Llm.Tests.Support;

namespace ResumeFlow.Llm.Tests.Simulator;

public sealed class SimulatorTests
{
    [Fact]
    public async Task Reply_conforms_to_the_schema_quotes_cv_lines_and_is_deterministic()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var harness = await LlmHarness.StartAsync(new SimulatorOptions { ClockFactor = 20 }, o => o.CacheEnabled = false, ct);
        var cv = TestRequests.Cv(7);

        var first = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("d1", cv), ct);
        var second = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("d1", cv), ct);
        var other = await harness.Gateway.CompleteJsonAsync<ScoreReply>(TestRequests.Score("d2", TestRequests.Cv(8)), ct);

        Assert.True(first.Success && second.Success && other.Success);
        Assert.Equal(first.Json, second.Json);
        Assert.NotEqual(first.Json, other.Json);
        var reply = first.Value!;
        Assert.InRange(reply.Score, 0, 100);
        Assert.Contains(reply.Verdict, new[] { "pass", "review", "reject" });
        Assert.InRange(reply.Evidence.Count, 1, 3);
        var cvLines = cv.Split('\n');
        Assert.All(reply.Evidence, e => Assert.Contains(e.Quote, cvLines));
    }

    [Fact]
    public async Task Quota_rejections_carry_retry_after_and_rate_limit_headers()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { RequestsPerMinute = 12, ClockFactor = 10 }, ct);
        using var http = new HttpClient { BaseAddress = sim.BaseUri };
        var body = new { messages = new[] { new { role = "user", content = "hello" } }, max_tokens = 10 };

        // 12 RPM over a 10 s window admits 2 per window.
        var statuses = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            statuses.Add(await http.PostAsJsonAsync("openai/deployments/d/chat/completions?api-version=2024-10-21", body, ct));
        }

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.OK, (HttpStatusCode)429], statuses.Select(s => s.StatusCode));
        var limited = statuses[2];
        var retryMs = double.Parse(limited.Headers.GetValues("retry-after-ms").Single(), System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(retryMs, 1, 1000); // a 10 s window compressed 10x
        Assert.Equal("1", limited.Headers.GetValues("retry-after").Single());
        Assert.Equal("0", statuses[1].Headers.GetValues("x-ratelimit-remaining-requests").Single());
        var error = await limited.Content.ReadFromJsonAsync<JsonObject>(ct);
        Assert.Equal("429", error!["error"]!["code"]!.GetValue<string>());
        Assert.True(statuses[0].Headers.Contains("x-ratelimit-remaining-tokens"));
        foreach (var response in statuses)
        {
            response.Dispose();
        }
    }

    [Fact]
    public async Task Batch_processes_jsonl_into_output_and_error_files()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var sim = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { ClockFactor = 20 }, ct);
        using var http = new HttpClient { BaseAddress = sim.BaseUri };
        var schema = JsonNode.Parse(TestRequests.Schema);
        var lines = Enumerable.Range(0, 4).Select(i => new JsonObject
        {
            ["custom_id"] = "cand-" + i,
            ["method"] = "POST",
            ["url"] = "/chat/completions",
            ["body"] = new JsonObject
            {
                ["model"] = "gpt-4o-mini-batch",
                ["max_tokens"] = 300,
                ["messages"] = new JsonArray { new JsonObject { ["role"] = "user", ["content"] = TestRequests.Cv(i, i == 3 ? "[[sim:500]]" : null) } },
                ["response_format"] = new JsonObject { ["type"] = "json_schema", ["json_schema"] = new JsonObject { ["name"] = "s", ["strict"] = true, ["schema"] = schema!.DeepClone() } },
            },
        }.ToJsonString());

        using var form = new MultipartFormDataContent
        {
            { new StringContent("batch"), "purpose" },
            { new ByteArrayContent(Encoding.UTF8.GetBytes(string.Join('\n', lines))) { Headers = { ContentType = new MediaTypeHeaderValue("application/jsonl") } }, "file", "input.jsonl" },
        };
        using var upload = await http.PostAsync("openai/files?api-version=2024-10-21", form, ct);
        var file = await upload.Content.ReadFromJsonAsync<JsonObject>(ct);
        var create = await http.PostAsJsonAsync("openai/batches?api-version=2024-10-21", new { input_file_id = file!["id"]!.GetValue<string>(), endpoint = "/chat/completions", completion_window = "24h" }, ct);
        var batch = await create.Content.ReadFromJsonAsync<JsonObject>(ct);
        var id = batch!["id"]!.GetValue<string>();

        JsonObject? state = null;
        for (var i = 0; i < 100 && state?["status"]?.GetValue<string>() != "completed"; i++)
        {
            await Task.Delay(50, ct);
            state = await http.GetFromJsonAsync<JsonObject>($"openai/batches/{id}?api-version=2024-10-21", ct);
        }

        Assert.Equal("completed", state!["status"]!.GetValue<string>());
        Assert.Equal(3, state["request_counts"]!["completed"]!.GetValue<int>());
        Assert.Equal(1, state["request_counts"]!["failed"]!.GetValue<int>());
        var output = await http.GetStringAsync($"openai/files/{state["output_file_id"]!.GetValue<string>()}/content", ct);
        var errors = await http.GetStringAsync($"openai/files/{state["error_file_id"]!.GetValue<string>()}/content", ct);
        var outputIds = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("custom_id").GetString()).ToArray();
        Assert.Equal(["cand-0", "cand-1", "cand-2"], outputIds);
        Assert.Contains("\"cand-3\"", errors, StringComparison.Ordinal);
        var content = JsonDocument.Parse(output.Split('\n')[0]).RootElement.GetProperty("response").GetProperty("body").GetProperty("choices")[0].GetProperty("message").GetProperty("content").GetString();
        Assert.InRange(JsonDocument.Parse(content!).RootElement.GetProperty("score").GetInt32(), 0, 100);
    }
}
