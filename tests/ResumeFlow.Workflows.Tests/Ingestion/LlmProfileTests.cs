using System.Globalization;
using System.Text.Json;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Core.Profiles;
using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Tests.Ingestion;

public sealed class LlmProfileTests
{
    private const string Cv = "Jane Doe\nExperience\nSoftware Engineer, Contoso GmbH\nMar 2021 - Present\nEngineer, Fabrikam Inc\n2018 - 2021";

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    [Fact]
    public void A_reply_with_employers_and_dates_from_the_text_is_accepted()
    {
        var reply = Reply(new LlmProfileJob("Software Engineer", "Contoso GmbH", null, "2021-03", null, true), new LlmProfileJob("Engineer", "fabrikam  inc", null, "2018-01", "2021-01", false));

        Assert.Null(LlmProfileExtractor.Validate(reply, Cv));
    }

    [Theory]
    [InlineData("Northwind Traders", "2021-03", null, "employer 'Northwind Traders' is not in the text")]
    [InlineData("Contoso GmbH", "2016-05", null, "date '2016-05' is not in the text")]
    [InlineData("Contoso GmbH", "2021-04", null, "date '2021-04' is not in the text")]
    [InlineData("Contoso GmbH", "March 2021", null, "date 'March 2021' is not YYYY-MM")]
    [InlineData("Contoso GmbH", null, null, "job 'Engineer' has no start date")]
    public void A_reply_inventing_an_employer_or_a_date_is_rejected(string company, string? start, string? end, string reason)
    {
        var reply = Reply(new LlmProfileJob("Engineer", company, null, start, end, end is null));

        Assert.Equal(reason, LlmProfileExtractor.Validate(reply, Cv));
    }

    [Fact]
    public async Task With_an_llm_configured_the_stored_profile_never_names_an_employer_or_date_missing_from_the_text()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { ClockFactor = 20, RequestsPerMinute = 6000, TokensPerMinute = 20_000_000 }, Token);
        var settings = new Dictionary<string, string?>
        {
            ["Llm:Provider"] = "AzureOpenAI",
            ["Llm:Endpoint"] = simulator.BaseUri.ToString(),
            ["Llm:ApiKey"] = "simulator-key",
            ["Llm:Deployment"] = "gpt-4o-mini",
            ["Llm:RetryBaseDelay"] = "00:00:00.020",
            ["Llm:MaxRetryDelay"] = "00:00:00.400",
            ["Llm:CacheEnabled"] = "false",
        };
        await using var host = await IngestionTestHost.StartAsync(Token, settings, withLlm: true);
        var bytes = SampleFiles.ResumePdf();

        var start = await host.Ingestion.UploadAsync(new MemoryStream(bytes), "jane.pdf", null, Token);
        var final = await host.WaitAsync(start.InstanceId, Token);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);
        Assert.Single(simulator.RequestLog.ForItem(start.CandidateId));
        var candidate = (await host.Documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, start.CandidateId, start.CandidateId, Token))!.Document;
        var text = await host.ReadTextAsync(candidate.Artifacts.Text!, Token);
        var profile = JsonSerializer.Deserialize<CandidateProfile>(await host.ReadTextAsync(candidate.Artifacts.Profile!, Token), IngestionJson.Options)!;
        Assert.Equal(profile.Source, candidate.ProfileSource);
        foreach (var job in profile.WorkHistory)
        {
            if (job.Company is not null)
            {
                Assert.Contains(job.Company, text, StringComparison.OrdinalIgnoreCase);
            }

            Assert.Contains(job.Start![..4], text, StringComparison.Ordinal);
        }

        // The deterministic profile stays the fallback: the one job of the CV is there either way.
        Assert.NotEmpty(profile.WorkHistory);
        Assert.Contains(profile.WorkHistory, j => j.Start == "2021-03");
        Assert.Equal(string.Format(CultureInfo.InvariantCulture, "{0:yyyy-MM}", final.CreatedAt.UtcDateTime), profile.AsOf);
    }

    private static LlmProfileReply Reply(params LlmProfileJob[] jobs) => new(jobs, [], [], [], []);
}
