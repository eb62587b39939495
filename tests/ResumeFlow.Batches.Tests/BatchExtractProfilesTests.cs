using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using OpenAISimulator;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Batches.Tests;

/// <summary>The batch workflow's behaviours, one body each, run on every executor (subclasses below).</summary>
public abstract class BatchExtractProfilesTests
{
    /// <summary>The executor this run of the shared bodies uses.</summary>
    protected abstract OrchestrationExecutor Executor { get; }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Job_split_into_files_extracts_every_candidate_and_resubmits_lines_that_failed_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BatchTestHost.StartAsync(Executor, new SimulatorOptions { BatchLineFailureRate = 1.0 }, o => o.MaxRequestsPerFile = 2, ct);
        var ids = await host.AddCandidatesAsync(5, ct);

        var result = await RunAsync(host, await host.Batches.SubmitAsync(10, ct), ct);

        Assert.Equal(5, result.Candidates);
        Assert.Equal(3, result.Files.Count);
        Assert.Equal(5, result.Tally.Lines);
        Assert.Equal(5, result.Tally.Done);
        Assert.Equal(0, result.Tally.Failed);
        Assert.Equal(5, result.Tally.Resubmitted);
        Assert.Equal(6, result.Tally.Batches);
        Assert.Equal(5 + result.Tally.Resubmitted, host.Simulator.RequestLog.RequestsByItem().Values.Sum());
        Assert.All(ids, id => Assert.Equal(1, host.Simulator.RequestLog.BilledByItem()[id]));
        Assert.Empty(await host.PendingAsync(ct));
        var documents = host.Services.GetRequiredService<IDocumentStore>();
        foreach (var id in ids)
        {
            var candidate = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, id, id, ct);
            Assert.Equal("llm", candidate!.Document.ProfileSource);
            Assert.NotNull(candidate.Document.Artifacts.Profile);
        }

        Assert.True(result.Tally.BatchCostUsd > 0);
        Assert.Equal(result.Tally.StandardCostUsd, result.Tally.BatchCostUsd * 2);
    }

    [Fact]
    public async Task Expired_batch_lines_are_resubmitted_and_nothing_is_lost_or_paid_twice()
    {
        var ct = TestContext.Current.CancellationToken;
        var simulator = new SimulatorOptions();
        simulator.ExpireBatches.Add(1);
        await using var host = await BatchTestHost.StartAsync(Executor, simulator, _ => { }, ct);
        var ids = await host.AddCandidatesAsync(4, ct);

        var result = await RunAsync(host, await host.Batches.SubmitAsync(10, ct), ct);

        Assert.Equal(4, result.Tally.Done);
        Assert.Equal(2, result.Tally.Resubmitted);
        Assert.Equal(2, result.Tally.Batches);
        Assert.All(ids, id => Assert.Equal(1, host.Simulator.RequestLog.BilledByItem()[id]));
    }

    [Fact]
    public async Task Lines_still_failing_after_the_last_resubmission_are_reported_failed()
    {
        var ct = TestContext.Current.CancellationToken;
        var simulator = new SimulatorOptions();
        simulator.ExpireBatches.Add(1);
        simulator.ExpireBatches.Add(2);
        await using var host = await BatchTestHost.StartAsync(Executor, simulator, o => o.MaxResubmissions = 1, ct);
        await host.AddCandidatesAsync(4, ct);

        var result = await RunAsync(host, await host.Batches.SubmitAsync(10, ct), ct);

        Assert.Equal(3, result.Tally.Done);
        Assert.Equal(1, result.Tally.Failed);
        Assert.Single(await host.PendingAsync(ct));
    }

    [Fact]
    public async Task Continuous_mode_runs_the_requested_number_of_batches()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BatchTestHost.StartAsync(Executor, new SimulatorOptions(), _ => { }, ct);
        await host.AddCandidatesAsync(7, ct);

        var instance = await host.Batches.StartContinuousAsync(3, batchSize: 2, cancellationToken: ct);
        var done = await WaitAsync(host, instance, ct);

        Assert.Equal(OrchestrationRuntimeStatus.Completed, done.RuntimeStatus);
        var result = done.ReadOutputAs<ContinuousBatchResult>()!;
        Assert.Equal(3, result.Jobs);
        Assert.False(result.Stopped);
        Assert.Equal(6, result.Total.Done);
        Assert.Single(await host.PendingAsync(ct));
    }

    [Fact]
    public async Task Continuous_mode_stops_after_the_running_batch_on_request()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BatchTestHost.StartAsync(Executor, new SimulatorOptions(), _ => { }, ct);
        await host.AddCandidatesAsync(6, ct);

        var instance = await host.Batches.StartContinuousAsync(100, batchSize: 2, cancellationToken: ct);
        await host.Client.WaitForInstanceStartAsync(instance, ct);
        await host.Batches.StopAsync(instance, ct);
        var done = await WaitAsync(host, instance, ct);

        var result = done.ReadOutputAs<ContinuousBatchResult>()!;
        Assert.True(result.Stopped);
        // The stop is honoured after the job running when it arrives: the first, or (when the event lands just
        // as the first finishes) the second; never all three jobs the six candidates would need.
        Assert.InRange(result.Jobs, 1, 2);
        Assert.Equal(2 * result.Jobs, result.Total.Done);
        Assert.Equal(6 - (2 * result.Jobs), (await host.PendingAsync(ct)).Count);
    }

    [Fact]
    public async Task Candidates_stored_before_the_index_existed_are_indexed_once_and_extracted()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var host = await BatchTestHost.StartAsync(Executor, new SimulatorOptions(), _ => { }, ct);
        var old = await host.AddCandidatesAsync(3, ct, indexed: false);
        var indexed = await host.AddCandidatesAsync(1, ct, first: 3);

        var result = await RunAsync(host, await host.Batches.SubmitAsync(10, ct), ct);

        Assert.Equal(4, result.Tally.Done);
        Assert.Empty(await host.PendingAsync(ct));
        Assert.All(old.Concat(indexed), id => Assert.Equal(1, host.Simulator.RequestLog.BilledByItem()[id]));

        // The backfill ran once: a second run neither re-adds nor resets the extracted candidates.
        var index = host.Services.GetRequiredService<ExtractionIndex>();
        Assert.Equal(0, await index.BackfillAsync(ct));
        Assert.Empty(await host.PendingAsync(ct));
    }

    private static async Task<BatchExtractResult> RunAsync(BatchTestHost host, string instance, CancellationToken ct)
    {
        var done = await WaitAsync(host, instance, ct);
        Assert.True(done.RuntimeStatus == OrchestrationRuntimeStatus.Completed, $"{done.RuntimeStatus}: {done.FailureDetails?.ErrorMessage}");
        return JsonSerializer.Deserialize<BatchExtractResult>(done.SerializedOutput!, Json)!;
    }

    private static async Task<OrchestrationMetadata> WaitAsync(BatchTestHost host, string instance, CancellationToken ct)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
        timeout.CancelAfter(TimeSpan.FromMinutes(2));
        try
        {
            return await host.Client.WaitForInstanceCompletionAsync(instance, getInputsAndOutputs: true, timeout.Token);
        }
        catch (OperationCanceledException) when (!ct.IsCancellationRequested)
        {
            var state = await host.Client.GetInstanceAsync(instance, getInputsAndOutputs: true, ct);
            var files = await host.Client.GetInstanceAsync(instance + "-p000", getInputsAndOutputs: true, ct);
            Assert.Fail($"{instance} did not finish: {state?.RuntimeStatus} {state?.SerializedCustomStatus}; first file: {files?.RuntimeStatus} {files?.SerializedCustomStatus} {files?.FailureDetails?.ErrorMessage}");
            throw;
        }
    }
}

public sealed class BatchExtractProfilesTests_on_the_embedded_engine : BatchExtractProfilesTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.Embedded;
}

public sealed class BatchExtractProfilesTests_on_the_in_process_test_host : BatchExtractProfilesTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.InProcessTestHost;
}
