using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using OpenAISimulator;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.IntegrationTests.Security;
using ResumeFlow.Testing.Analysis;
using ResumeFlow.Testing.Candidates;

namespace ResumeFlow.IntegrationTests.Analysis;

/// <summary>The analysis request's <c>deployment</c> on the local host with the gateway on the simulator and two deployments configured.</summary>
public sealed class AnalysisDeploymentTests
{
    private const string Preferred = "gpt-4o-large";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Requested_deployment_produces_every_section_and_each_result_names_it()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { ClockFactor = 20, RequestsPerMinute = 6000, TokensPerMinute = 20_000_000 }, Ct);
        await using var host = new IngestionHostFactory(Settings(simulator));
        using var client = host.CreateClient();
        var candidateId = await IngestedCandidates.AddAsync(host.Services, "jane.txt", AnalysisSamples.Cv(), Ct);
        var jobId = await SaveJobAsync(client);

        using var response = await client.PostAsJsonAsync("/api/analyses", new { candidateId, jobId, deployment = Preferred }, Ct);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var id = (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;
        var final = await IngestionHostFactory.WaitForStatusAsync(client, id, Ct, TimeSpan.FromSeconds(120));
        Assert.Equal("Completed", final.GetProperty("runtimeStatus").GetString());
        var result = await client.GetFromJsonAsync<JsonElement>($"/api/analyses/{id}", Ct);
        var completed = result.GetProperty("summary").GetProperty("sections").EnumerateArray()
            .Where(s => string.Equals(s.GetProperty("state").GetString(), "completed", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.True(completed.Count > 0, result.ToString());
        Assert.All(completed, s => Assert.Equal(Preferred, s.GetProperty("producedBy").GetString()));
        Assert.Contains(simulator.RequestLog.Snapshot(), e => e.Deployment == Preferred && e.Billed);
    }

    [Fact]
    public async Task Deployment_the_configuration_does_not_name_is_400_deployment_unknown()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { ClockFactor = 20 }, Ct);
        await using var host = new IngestionHostFactory(Settings(simulator));
        using var client = host.CreateClient();
        var candidateId = await IngestedCandidates.AddAsync(host.Services, "jane.txt", AnalysisSamples.Cv(), Ct);
        var jobId = await SaveJobAsync(client);

        using var response = await client.PostAsJsonAsync("/api/analyses", new { candidateId, jobId, deployment = "gpt-5-unlisted" }, Ct);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("deployment_unknown", await ErrorBody.CodeAsync(response, Ct));
    }

    private static Dictionary<string, string?> Settings(OpenAISimulatorServer simulator) => new(ScreeningLlmHost.Settings(simulator))
    {
        [$"Llm:Deployments:{Preferred}:RequestsPerMinute"] = "100000",
    };

    private static async Task<string> SaveJobAsync(HttpClient client)
    {
        using var response = await client.PostAsJsonAsync("/api/jobs", new { text = AnalysisSamples.Job }, Ct);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("jobId").GetString()!;
    }
}
