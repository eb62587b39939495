using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Testing.Candidates;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Testing.Emulators;
using ResumeFlow.Workflows.Screening;
using ResumeFlow.Workflows.Tests.Calls;

namespace ResumeFlow.Workflows.Tests.Screening;

/// <summary>Blind screening: no scorer sees who the candidate is. Shared bodies, run on every executor (subclasses below).</summary>
public abstract class BlindScreeningTests
{
    protected abstract OrchestrationExecutor Executor { get; }

    /// <summary>Where the candidates and results are stored; none means the embedded stores in a temp folder.</summary>
    protected virtual IReadOnlyDictionary<string, string?>? StorageSettings => null;

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Cvs_differing_only_in_identity_score_the_same_when_blind()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, StorageSettings, executor: Executor);
        var ids = new List<string>();
        for (var i = 0; i < BlindCvVariants.All.Count; i++)
        {
            ids.Add(await host.AddCandidateAsync($"variant{i}.txt", BlindCvVariants.All[i].Text, cancellationToken: Ct));
        }

        var (start, _, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { Blind = true, UseLlm = false } }, Ct);

        Assert.Equal(BlindCvVariants.All.Count, outcome.Scored);
        var scores = (await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct)).Results.Select(r => r.Result.Score).ToList();
        Assert.True(scores[0] > 50, $"the CV is a strong fit: {scores[0]}");
        Assert.All(scores, s => Assert.Equal(scores[0], s));
    }

    [Fact]
    public async Task The_llm_request_of_a_blind_screening_carries_none_of_the_identity()
    {
        await using var simulator = await OpenAISimulatorServer.StartAsync(CallLlmHarness.FastSimulator(), Ct);
        await using var host = await ScreeningTestHost.StartAsync(Ct, StorageSettings, services => services.AddCallLlm(simulator), Executor);
        var (text, identity) = BlindCvVariants.All[1];
        var id = await host.AddCandidateAsync("variant.txt", text, cancellationToken: Ct);

        var (_, _, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [id], Options = new ScreeningOptions { Blind = true, LlmTopK = null } }, Ct);

        Assert.Equal(1, outcome.LlmScored);
        var sent = string.Join("\n", simulator.RequestLog.ForItem(id).SelectMany(e => e.Messages).Select(m => m.Content));
        Assert.Contains("PostgreSQL", sent, StringComparison.Ordinal);
        Assert.All(identity, part => Assert.DoesNotContain(part, sent, StringComparison.OrdinalIgnoreCase));
    }
}

public sealed class BlindScreeningTests_on_the_embedded_engine : BlindScreeningTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.Embedded;
}

public sealed class BlindScreeningTests_on_the_in_process_test_host : BlindScreeningTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.InProcessTestHost;
}

/// <summary>
/// The Azure shape against the emulators (run through scripts/test.sh): candidates and results in the Cosmos emulator,
/// CV text and reports in Azurite, orchestrations on the Azure Storage provider; one at a time, as the other Azurite tests.
/// </summary>
[Collection(AzuriteOrchestrations.Name)]
public sealed class BlindScreeningTests_on_cosmos_and_azurite(AzuriteFixture azurite, CosmosEmulatorFixture cosmos)
    : BlindScreeningTests, IClassFixture<AzuriteFixture>, IClassFixture<CosmosEmulatorFixture>
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.AzureStorage;

    protected override IReadOnlyDictionary<string, string?> StorageSettings => azurite.StorageSettings()
        .Concat(cosmos.StorageSettings(CosmosEmulatorFixture.NewDatabaseName()))
        .ToDictionary(p => "Storage:" + p.Key, p => p.Value);
}
