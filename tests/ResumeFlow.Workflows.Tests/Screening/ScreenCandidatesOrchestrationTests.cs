using System.Globalization;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Documents;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using ResumeFlow.Testing.Durable;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Tests.Screening;

/// <summary>ScreenCandidates on the SDK types. One body per behaviour, run on every executor (subclasses below).</summary>
public abstract class ScreenCandidatesOrchestrationTests
{
    /// <summary>The executor this run of the shared bodies uses.</summary>
    protected abstract OrchestrationExecutor Executor { get; }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Screening_runs_one_sub_orchestration_per_chunk_and_scores_every_candidate()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i), cancellationToken: Ct));
        }

        var (start, final, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 3 } }, Ct);

        Assert.Equal(7, outcome.Total);
        Assert.Equal(7, outcome.Scored);
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var sub = await host.Client.GetInstanceAsync($"{start.InstanceId}:score:{chunk:D5}", Ct);
            Assert.NotNull(sub);
            Assert.Equal(OrchestrationRuntimeStatus.Completed, sub.RuntimeStatus);
        }

        Assert.Null(await host.Client.GetInstanceAsync($"{start.InstanceId}:score:00003", Ct));
        var status = JsonSerializer.Deserialize<ScreeningStatus>(final.SerializedCustomStatus!, ScreeningJson.Options)!;
        Assert.Equal(3, status.ChunksTotal);
        Assert.Equal(3, status.ChunksDone);
    }

    [Fact]
    public async Task Final_progress_reports_every_count_of_the_outcome()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i), cancellationToken: Ct));
        }

        ids.Add(await host.AddCandidateAsync("lost.txt", SampleCvs.Strong(99), storeText: false, cancellationToken: Ct));

        var (_, final, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 2, Threshold = 50 } }, Ct);

        var status = JsonSerializer.Deserialize<ScreeningStatus>(final.SerializedCustomStatus!, ScreeningJson.Options)!;
        Assert.Equal(ScreeningPhases.Completed, status.Phase);
        Assert.Equal(7, status.Total);
        Assert.Equal(7, status.Completed);
        Assert.Equal(1, status.Failed);
        Assert.Equal(outcome.Passed, status.Passed);
        Assert.Equal(4, status.ChunksTotal);
        Assert.Equal(status.ChunksTotal, status.ChunksDone);
        Assert.Equal(0, status.EtaSeconds);
        Assert.True(outcome.Passed >= 2, $"the strong CVs pass; passed {outcome.Passed}");
    }

    [Fact]
    public async Task A_failing_candidate_is_recorded_and_retried_without_rescoring_the_rest()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        var good = new List<string>();
        for (var i = 0; i < 4; i++)
        {
            good.Add(await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i), cancellationToken: Ct));
        }

        var broken = await host.AddCandidateAsync("broken.txt", SampleCvs.Strong(7), storeText: false, cancellationToken: Ct);
        var (start, _, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [.. good, broken], Options = new ScreeningOptions { ChunkSize = 2 } }, Ct);

        Assert.Equal(5, outcome.Total);
        Assert.Equal(4, outcome.Scored);
        Assert.Equal(1, outcome.Failed);
        var before = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        var failed = Assert.Single(before.Results, r => r.Result.ErrorCode is not null);
        Assert.Equal(broken, failed.Result.CandidateId);
        Assert.Equal(ScreeningErrorCodes.CandidateTextMissing, failed.Result.ErrorCode);
        Assert.Equal(5, failed.Rank);
        var scoredAt = before.Results.Where(r => r.Result.ErrorCode is null).ToDictionary(r => r.Result.CandidateId, r => r.Result.ScoredAt);

        await host.PutTextAsync(broken, SampleCvs.Strong(7), Ct);
        var retry = await host.Screening.RetryFailedAsync(start.ScreeningId, Ct);
        Assert.NotEqual(start.InstanceId, retry.InstanceId);
        Assert.Equal(1, retry.Candidates);
        var final = await host.WaitAsync(retry.InstanceId, Ct);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, final.RuntimeStatus);

        var after = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        Assert.Equal(0, after.Screening.Failed);
        Assert.Equal(5, after.Screening.Scored);
        Assert.Equal(1, after.Screening.Retries);
        Assert.All(after.Results, r => Assert.Null(r.Result.ErrorCode));
        foreach (var (id, at) in scoredAt)
        {
            Assert.Equal(at, after.Results.Single(r => r.Result.CandidateId == id).Result.ScoredAt);
        }

        await Assert.ThrowsAsync<ScreeningException>(() => host.Screening.RetryFailedAsync(start.ScreeningId, Ct));
    }

    [Fact]
    public async Task A_candidate_whose_scoring_fails_after_every_retry_is_recorded_with_its_error_and_the_screening_completes()
    {
        var (doomed, injector, configure) = FailWrites("doomed.txt", SampleCvs.Strong(3), failures: 1_000);
        await using var host = await ScreeningTestHost.StartAsync(Ct, configure: configure, executor: Executor);
        var ids = new List<string> { await host.AddCandidateAsync("doomed.txt", SampleCvs.Strong(3), cancellationToken: Ct) };
        ids.Add(await host.AddCandidateAsync("fine.txt", SampleCvs.Mixed(1), cancellationToken: Ct));
        Assert.Equal(doomed, ids[0]);

        var (start, _, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { MaxAttempts = 2, FirstRetrySeconds = 0.2 } }, Ct);

        Assert.Equal(2, outcome.Total);
        Assert.Equal(1, outcome.Failed);
        Assert.Equal(2, injector().Attempts);
        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);
        var failed = Assert.Single(results.Results, r => r.Result.ErrorCode is not null);
        Assert.Equal(doomed, failed.Result.CandidateId);
        Assert.Equal(ScreeningErrorCodes.ScoreFailed, failed.Result.ErrorCode);
        Assert.Contains("Injected write failure", failed.Result.ErrorMessage, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_transient_scoring_failure_is_retried_and_the_candidate_is_scored()
    {
        var (flaky, injector, configure) = FailWrites("flaky.txt", SampleCvs.Strong(4), failures: 1);
        await using var host = await ScreeningTestHost.StartAsync(Ct, configure: configure, executor: Executor);
        Assert.Equal(flaky, await host.AddCandidateAsync("flaky.txt", SampleCvs.Strong(4), cancellationToken: Ct));

        var (_, _, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [flaky], Options = new ScreeningOptions { MaxAttempts = 3, FirstRetrySeconds = 0.2 } }, Ct);

        Assert.Equal(0, outcome.Failed);
        Assert.Equal(1, outcome.Scored);
        Assert.Equal(2, injector().Attempts);
    }

    // The candidate's id (as the test host derives it), the injector once created, and the service change that installs it.
    private static (string CandidateId, Func<FailingResultWrites> Injector, Action<IServiceCollection> Configure) FailWrites(string fileName, string text, int failures)
    {
        var candidateId = CandidateId.FromContent(Encoding.UTF8.GetBytes(fileName + "\n" + text));
        FailingResultWrites? injector = null;
        return (candidateId, () => injector!, services =>
        {
            var real = services.Last(d => d.ServiceType == typeof(IDocumentStore));
            services.Remove(real);
            services.AddSingleton<IDocumentStore>(sp => injector = new FailingResultWrites((IDocumentStore)real.ImplementationFactory!(sp), candidateId, failures));
        });
    }

    [Fact]
    public async Task Threshold_decides_who_passes_and_knocked_out_candidates_never_pass()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        var ids = new List<string>();
        for (var i = 0; i < 6; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i), cancellationToken: Ct));
        }

        var (strictStart, _, strict) = await host.RunAsync(new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { Threshold = 100 } }, Ct);
        var (lenientStart, _, lenient) = await host.RunAsync(new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { Threshold = 0 } }, Ct);

        Assert.NotEqual(strictStart.ScreeningId, lenientStart.ScreeningId);
        Assert.Equal(0, strict.Passed);
        var results = await host.Screening.GetResultsAsync(lenientStart.ScreeningId, cancellationToken: Ct);
        Assert.Equal(results.Results.Count(r => !r.Result.KnockedOut), lenient.Passed);
        Assert.All(results.Results, r => Assert.Equal(!r.Result.KnockedOut, r.Result.Passed));
        Assert.Contains(results.Results, r => r.Result.KnockedOut);
    }

    [Fact]
    public async Task Results_are_ranked_by_score_with_stable_ties_and_the_reports_agree()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        var ids = new List<string>();
        for (var i = 0; i < 9; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i), cancellationToken: Ct));
        }

        var (start, _, outcome) = await host.RunAsync(new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 4, ReportTopN = 5 } }, Ct);
        var results = await host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct);

        Assert.Equal(Enumerable.Range(1, 9), results.Results.Select(r => r.Rank));
        for (var i = 1; i < results.Results.Count; i++)
        {
            var (a, b) = (results.Results[i - 1].Result, results.Results[i].Result);
            Assert.True(a.Score > b.Score || (a.Score == b.Score && a.MustHaveCoverage > b.MustHaveCoverage) || (a.Score == b.Score && string.CompareOrdinal(a.CandidateId, b.CandidateId) < 0), $"rank {i} before {i + 1}");
        }

        Assert.Equal(["cv0.txt", "cv3.txt", "cv6.txt"], results.Results.Take(3).Select(r => r.Result.FileName!).Order(StringComparer.Ordinal));
        Assert.Equal(results.Results.Select(r => r.Result.CandidateId).Take(outcome.Top.Count), outcome.Top.Select(t => t.CandidateId));

        var report = JsonSerializer.Deserialize<ScreeningReport>(await host.ReadReportAsync(start.ScreeningId, "json", Ct), ScreeningJson.Options)!;
        Assert.Equal(results.Results.Select(r => r.Result.CandidateId), report.Candidates.Select(c => c.CandidateId));
        Assert.Equal(9, report.Distribution.Sum(b => b.Count));
        Assert.Equal(outcome.Passed, report.Totals.Passed);

        var csv = (await host.ReadReportAsync(start.ScreeningId, "csv", Ct)).Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(string.Join(',', CsvReportWriter.Header), csv[0]);
        Assert.Equal(10, csv.Length);
        Assert.Equal(report.Candidates.Select(c => $"{c.Rank},{c.CandidateId}"), csv.Skip(1).Select(l => string.Join(',', l.Split(',').Take(2))));
        Assert.Equal(report.Candidates[0].Score.ToString("0.0", CultureInfo.InvariantCulture), csv[1].Split(',')[4]);

        var html = await host.ReadReportAsync(start.ScreeningId, "html", Ct);
        Assert.Contains("<svg", html, StringComparison.Ordinal);
        Assert.Contains("Top 5 of 9", html, StringComparison.Ordinal);
        Assert.Contains(report.Candidates[0].FileName!, html, StringComparison.Ordinal);
        Assert.Contains(System.Net.WebUtility.HtmlEncode(report.Candidates[0].Evidence[0]), html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_same_request_finds_the_same_screening_instead_of_starting_another()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        var ids = new[] { await host.AddCandidateAsync("a.txt", SampleCvs.Strong(1), cancellationToken: Ct), await host.AddCandidateAsync("b.txt", SampleCvs.Weak(2), cancellationToken: Ct) };
        var (first, _, _) = await host.RunAsync(new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids }, Ct);

        var again = await host.Screening.StartAsync(new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [ids[1], ids[0]] }, Ct);

        Assert.Equal(first.ScreeningId, again.ScreeningId);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, again.ExistingStatus);
    }

    [Theory]
    [InlineData("unknown-candidate", ScreeningErrorCodes.CandidateNotFound)]
    [InlineData("empty-candidates", ScreeningErrorCodes.NoCandidates)]
    [InlineData("unknown-job", ScreeningErrorCodes.JobNotFound)]
    [InlineData("empty-job", ScreeningErrorCodes.JobEmpty)]
    [InlineData("no-job", ScreeningErrorCodes.JobRequired)]
    [InlineData("bad-options", ScreeningErrorCodes.InvalidOptions)]
    public async Task Bad_requests_fail_with_a_stable_code_and_start_nothing(string scenario, string code)
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        var known = await host.AddCandidateAsync("a.txt", SampleCvs.Strong(1), cancellationToken: Ct);
        var request = scenario switch
        {
            "unknown-candidate" => new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [known, new string('0', 64)] },
            "empty-candidates" => new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [] },
            "unknown-job" => new ScreeningRequest { JobId = new string('f', 64), CandidateIds = [known] },
            "empty-job" => new ScreeningRequest { JobText = "   ", CandidateIds = [known] },
            "no-job" => new ScreeningRequest { CandidateIds = [known] },
            _ => new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = [known], Options = new ScreeningOptions { ChunkSize = 0 } },
        };

        var error = await Assert.ThrowsAsync<ScreeningException>(() => host.Screening.StartAsync(request, Ct));

        Assert.Equal(code, error.Code);
        var instances = await host.ListInstancesAsync(Ct);
        Assert.Empty(instances);
    }

    [Fact]
    public async Task All_candidates_means_every_ingested_one()
    {
        await using var host = await ScreeningTestHost.StartAsync(Ct, executor: Executor);
        for (var i = 0; i < 3; i++)
        {
            await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i), cancellationToken: Ct);
        }

        var (_, _, outcome) = await host.RunAsync(new ScreeningRequest { JobText = SampleCvs.Job, AllCandidates = true }, Ct);

        Assert.Equal(3, outcome.Total);
        Assert.Equal(3, outcome.Scored);
    }
}

public sealed class ScreenCandidatesOrchestrationTests_on_the_embedded_engine : ScreenCandidatesOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.Embedded;

    // Read from the embedded engine's history: the one executor whose history this repository reads.
    [Fact]
    public async Task The_deterministic_pass_costs_one_activity_per_chunk_not_per_candidate()
    {
        await using var host = await ScreeningTestHost.StartAsync(TestContext.Current.CancellationToken, executor: Executor);
        var ids = new List<string>();
        for (var i = 0; i < 7; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i), cancellationToken: TestContext.Current.CancellationToken));
        }

        var (start, _, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 3, UseLlm = false } }, TestContext.Current.CancellationToken);

        Assert.Equal(7, outcome.Scored);
        var history = host.Services.GetRequiredService<ResumeFlow.Durable.Client.IOrchestrationHistoryReader>();
        for (var chunk = 0; chunk < 3; chunk++)
        {
            var events = await history.GetHistoryAsync($"{start.InstanceId}:score:{chunk:D5}", TestContext.Current.CancellationToken);
            var scheduled = events.Where(e => e.EventType == ResumeFlow.Durable.History.HistoryEventType.TaskScheduled).Select(e => e.Name).ToList();
            Assert.Equal([ScreeningTaskNames.ScoreChunk], scheduled);
        }
    }

    [Fact]
    public async Task The_screening_history_holds_references_not_candidate_ids_so_it_does_not_grow_with_the_candidates()
    {
        await using var host = await ScreeningTestHost.StartAsync(TestContext.Current.CancellationToken, executor: Executor);
        var ids = new List<string>();
        for (var i = 0; i < 15; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", SampleCvs.Mixed(i) + $"\nReference {i}.", cancellationToken: TestContext.Current.CancellationToken));
        }

        var (start, _, outcome) = await host.RunAsync(
            new ScreeningRequest { JobText = SampleCvs.Job, CandidateIds = ids, Options = new ScreeningOptions { ChunkSize = 4, UseLlm = false } }, TestContext.Current.CancellationToken);

        Assert.Equal(15, outcome.Scored);
        var history = host.Services.GetRequiredService<ResumeFlow.Durable.Client.IOrchestrationHistoryReader>();
        var events = await history.GetHistoryAsync(start.InstanceId, TestContext.Current.CancellationToken);
        var payloads = string.Join("\n", events.Select(e => e.Input + e.Result));
        Assert.NotEmpty(payloads);

        // Only the outcome's fixed-size top 10 names candidates; the set, the chunks and their results are references and counters.
        var named = ids.Where(id => payloads.Contains(id, StringComparison.Ordinal)).ToHashSet(StringComparer.Ordinal);
        Assert.Subset(outcome.Top.Select(t => t.CandidateId).ToHashSet(StringComparer.Ordinal), named);
        Assert.True(named.Count < ids.Count);
    }
}

public sealed class ScreenCandidatesOrchestrationTests_on_the_in_process_test_host : ScreenCandidatesOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.InProcessTestHost;
}

/// <summary>On the Azure Storage provider over Azurite (run through scripts/test.sh); one at a time, as the other Azurite tests.</summary>
[Collection(AzuriteOrchestrations.Name)]
public sealed class ScreenCandidatesOrchestrationTests_on_azure_storage : ScreenCandidatesOrchestrationTests
{
    protected override OrchestrationExecutor Executor => OrchestrationExecutor.AzureStorage;
}
