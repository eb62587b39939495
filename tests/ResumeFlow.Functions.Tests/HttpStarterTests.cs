using System.Net;
using System.Text;
using System.Text.Json;
using Azure.Core.Serialization;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Functions.Calls;
using ResumeFlow.Functions.Ingestion;
using ResumeFlow.Functions.Screening;
using ResumeFlow.Functions.Tests.Http;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Functions.Tests;

/// <summary>
/// The Functions app's HTTP starters, called as the Functions host calls them, with the embedded
/// engine's <c>DurableTaskClient</c> standing in for the <c>[DurableClient]</c> binding: the same
/// request types, validation and error bodies as the local host.
/// </summary>
public sealed class HttpStarterTests : IAsyncLifetime
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "resumeflow-functions-tests", Guid.NewGuid().ToString("N"));
    private DurableTestHost _host = null!;

    private const int UploadLimit = 64 * 1024;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Artifacts:RootPath"] = Path.Combine(_folder, "artifacts"),
            ["Storage:Documents:DatabasePath"] = Path.Combine(_folder, "documents.db"),
            ["Ingestion:MaxUploadBytes"] = UploadLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        _host = await DurableTestHost.StartAsync(
            tasks => tasks.AddResumeFlowTasks(),
            services =>
            {
                services.AddSingleton<IConfiguration>(configuration);
                services.AddResumeFlowStorage(configuration);
                services.AddIngestionWorkflow();
                services.AddScreeningWorkflow();
                services.AddResumeFlowLlm();
                services.AddCallAnalysisWorkflow();
                services.Configure<WorkerOptions>(o => o.Serializer = new JsonObjectSerializer(new JsonSerializerOptions(JsonSerializerDefaults.Web)));
            },
            new DurableTestHostOptions { DatabasePath = Path.Combine(_folder, "durable.db") },
            Ct);
    }

    public async ValueTask DisposeAsync()
    {
        await _host.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task PostCv_answers_202_with_durable_status_urls_and_the_candidate_id()
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/cvs?fileName=ada.txt", Encoding.UTF8.GetBytes("Ada Lovelace\nSkills: C#, Azure, SQL\n"));

        var response = (TestResponse)await new IngestionFunctions(_host.Services).PostCv(request, _host.Client, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(response.ReadBody());
        var id = payload.RootElement.GetProperty("id").GetString()!;
        Assert.StartsWith("http://localhost:7071/runtime/webhooks/durabletask/instances/" + id, payload.RootElement.GetProperty("statusQueryGetUri").GetString(), StringComparison.Ordinal);
        Assert.Equal(IngestionTaskNames.InstanceIdFor(response.Headers.GetValues("X-Candidate-Id").Single()), id);
        var final = await _host.WaitAsync(id, TimeSpan.FromSeconds(60), Ct);
        Assert.Equal(Microsoft.DurableTask.Client.OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
    }

    [Fact]
    public async Task PostCv_without_a_file_name_is_400_with_a_code()
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/cvs", Encoding.UTF8.GetBytes("text"));

        var response = (TestResponse)await new IngestionFunctions(_host.Services).PostCv(request, _host.Client, Ct);

        AssertError(response, HttpStatusCode.BadRequest, IngestionErrorCodes.InvalidFileName);
    }

    [Fact]
    public async Task PostCv_beyond_the_upload_limit_is_413_file_too_large()
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/cvs?fileName=big.txt", new byte[UploadLimit + 1]);

        var response = (TestResponse)await new IngestionFunctions(_host.Services).PostCv(request, _host.Client, Ct);

        AssertError(response, HttpStatusCode.RequestEntityTooLarge, Core.Documents.DocumentErrorCodes.FileTooLarge);
    }

    [Fact]
    public async Task PostScreening_with_job_text_and_all_candidates_answers_202_and_starts_ScreenCandidates()
    {
        var upload = (TestResponse)await new IngestionFunctions(_host.Services).PostCv(new TestRequest(Context(), "POST", "http://localhost:7071/api/cvs?fileName=a.txt", Encoding.UTF8.GetBytes("Backend engineer, C# and Azure since 2019\n")), _host.Client, Ct);
        using (var started = JsonDocument.Parse(upload.ReadBody()))
        {
            await _host.WaitAsync(started.RootElement.GetProperty("id").GetString()!, TimeSpan.FromSeconds(60), Ct);
        }

        var request = TestRequest.Json(Context(), "http://localhost:7071/api/screenings", """{"jobText":"Backend engineer. Must have: C#, Azure.","all":true}""");

        var response = (TestResponse)await new ScreeningFunctions(_host.Services).PostScreening(request, _host.Client, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var payload = JsonDocument.Parse(response.ReadBody());
        var instance = await _host.Client.GetInstanceAsync(payload.RootElement.GetProperty("id").GetString()!, Ct);
        Assert.Equal(ScreeningTaskNames.ScreenCandidates, instance!.Name);
    }

    [Theory]
    [InlineData("""{"jobText":"x",""", "text/plain", HttpStatusCode.UnsupportedMediaType, ScreeningErrorCodes.InvalidRequest)]
    [InlineData("""{"jobText":"x",""", "application/json", HttpStatusCode.BadRequest, ScreeningErrorCodes.InvalidRequest)]
    [InlineData("""{"jobText":"x","allCandidates":true}""", "application/json", HttpStatusCode.BadRequest, ScreeningErrorCodes.InvalidRequest)]
    [InlineData("""{"jobText":"x","all":false}""", "application/json", HttpStatusCode.BadRequest, ApiLimits.CandidatesRequired)]
    [InlineData("""{"jobText":"x","candidateIds":[null]}""", "application/json", HttpStatusCode.BadRequest, ApiLimits.InvalidCandidateId)]
    [InlineData("""{"jobId":"no-such-job","all":true}""", "application/json", HttpStatusCode.NotFound, ScreeningErrorCodes.JobNotFound)]
    [InlineData("""{"jobText":"# Job\n## Requirements\n- C#","all":true,"options":{"weights":{"requirements":{"Cobol":2}}}}""", "application/json", HttpStatusCode.BadRequest, ScreeningErrorCodes.InvalidWeights)]
    public async Task PostScreening_refuses_a_bad_request_with_the_hosts_status_and_code(string body, string contentType, HttpStatusCode status, string code)
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/screenings", Encoding.UTF8.GetBytes(body), ("Content-Type", contentType));

        var response = (TestResponse)await new ScreeningFunctions(_host.Services).PostScreening(request, _host.Client, Ct);

        AssertError(response, status, code);
    }

    [Fact]
    public async Task PostCallAnalysis_of_one_raw_transcript_answers_202_with_durable_status_urls()
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/call-analyses?fileName=call.txt", Encoding.UTF8.GetBytes("Ann: Shall we start?\nBob: Yes please.\n"));

        var response = (TestResponse)await new CallAnalysisFunctions(_host.Services).PostCallAnalysis(request, _host.Client, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        using var body = JsonDocument.Parse(response.ReadBody());
        Assert.StartsWith("calls-", body.RootElement.GetProperty("id").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task PostCallAnalysis_beyond_the_transcript_limit_is_413_and_starts_nothing()
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/call-analyses?fileName=big.txt", new byte[ApiLimits.MaxTranscriptBytes + 1]);

        var response = (TestResponse)await new CallAnalysisFunctions(_host.Services).PostCallAnalysis(request, _host.Client, Ct);

        AssertError(response, HttpStatusCode.RequestEntityTooLarge, CallApiErrorCodes.UploadTooLarge);
        await foreach (var instance in _host.Client.GetAllInstancesAsync(new Microsoft.DurableTask.Client.OrchestrationQuery()).WithCancellation(Ct))
        {
            Assert.NotEqual(AnalyzeCallsOrchestrator.Name, instance.Name);
        }
    }

    [Fact]
    public async Task PostCallAnalysis_naming_a_missing_inbox_transcript_is_404()
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/call-analyses", Encoding.UTF8.GetBytes("""{"transcripts":["nope.vtt"]}"""), ("Content-Type", "application/json"));

        var response = (TestResponse)await new CallAnalysisFunctions(_host.Services).PostCallAnalysis(request, _host.Client, Ct);

        AssertError(response, HttpStatusCode.NotFound, CallApiErrorCodes.TranscriptNotFound);
    }

    [Fact]
    public async Task RetryScreening_of_an_unknown_screening_is_404()
    {
        var request = new TestRequest(Context(), "POST", "http://localhost:7071/api/screenings/nope/retry", []);

        var response = (TestResponse)await new ScreeningFunctions(_host.Services).RetryScreening(request, "nope", _host.Client, Ct);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    private InvocationContext Context() => new(_host.Services);

    private static void AssertError(TestResponse response, HttpStatusCode status, string code)
    {
        Assert.Equal(status, response.StatusCode);
        using var body = JsonDocument.Parse(response.ReadBody());
        Assert.Equal(code, body.RootElement.GetProperty("error").GetProperty("code").GetString());
        Assert.False(string.IsNullOrWhiteSpace(body.RootElement.GetProperty("error").GetProperty("message").GetString()));
    }
}
