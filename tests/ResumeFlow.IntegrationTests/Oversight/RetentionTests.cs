using System.Text;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Candidates;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Retention;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.IntegrationTests.Oversight;

/// <summary>Retention on the embedded default: what is past its period is purged and recorded, the rest kept; the sweep runs as an eternal orchestration.</summary>
public sealed class RetentionTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_sweep_purges_what_is_past_its_period_keeps_the_rest_and_records_it()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var now = DateTimeOffset.UtcNow;
        var old = await AddCandidateAsync(host, "old.txt", ScreeningLlmHost.Cv(0), now.AddDays(-200));
        var recent = await AddCandidateAsync(host, "recent.txt", ScreeningLlmHost.Cv(1), now);
        var (start, _, _, _) = await host.RunAsync(new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = [old, recent], Options = new ScreeningOptions { UseLlm = false } }, Ct);
        var (other, _, _, _) = await host.RunAsync(new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = [recent], Options = new ScreeningOptions { UseLlm = false } }, Ct);
        var artifacts = host.Services.GetRequiredService<IArtifactStore>();
        using (var batch = new MemoryStream(Encoding.UTF8.GetBytes("{}")))
        {
            await artifacts.PutAsync(ArtifactContainers.BatchFiles, "jobs/old/part-0.jsonl", batch, "application/jsonl", Ct);
        }

        // Swept 100 days from now: the screenings, the batch file and the instances are past 90/30/30 days; of the
        // candidates only the one ingested 300 days before the sweep is past 180.
        var settings = new RetentionOptions { CvDays = 180, ScreeningDays = 90, DurableHistoryDays = 30, BatchFileDays = 30 };
        var sweeper = ActivatorUtilities.CreateInstance<RetentionSweeper>(host.Services, Options.Create(settings));
        var result = await sweeper.SweepAsync(now.AddDays(100), Ct);

        Assert.Equal(1, result.Candidates);
        Assert.Equal(2, result.Screenings);
        Assert.Equal(1, result.BatchFiles);
        Assert.True(result.DurableInstances >= 1, "the second screening's instances (the erasure purged the first's)");
        var documents = host.Services.GetRequiredService<IDocumentStore>();
        Assert.Null(await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, old, old, Ct));
        Assert.NotNull(await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, recent, recent, Ct));
        var gone = await Assert.ThrowsAsync<ScreeningException>(() => host.Screening.GetResultsAsync(start.ScreeningId, cancellationToken: Ct));
        Assert.Equal(ScreeningErrorCodes.ScreeningNotFound, gone.Code);
        Assert.Empty(await ListAsync(artifacts, ArtifactContainers.Reports, start.ScreeningId + "/"));
        Assert.Empty(await ListAsync(artifacts, ArtifactContainers.BatchFiles, null));
        Assert.Null(await host.Client.GetInstanceAsync(start.InstanceId, Ct));
        Assert.Null(await host.Client.GetInstanceAsync(other.InstanceId, Ct));

        var record = Assert.Single(await host.Services.GetRequiredService<IAuditLog>().ReadAsync(AuditPartitions.Retention, Ct));
        Assert.Equal(AuditEventKinds.RetentionPurged, record.Kind);
        Assert.Equal("1", record.Details["candidates"]);
        Assert.Equal("180", record.Details["cvDays"]);
    }

    [Fact]
    public async Task The_retention_orchestration_sweeps_again_after_its_interval_and_stays_one_instance()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var options = new RetentionOptions { CvDays = 3650, SweepIntervalHours = 1.0 / 3600 };

        Assert.True(await RetentionSchedule.EnsureStartedAsync(host.Client, options, Ct));
        Assert.False(await RetentionSchedule.EnsureStartedAsync(host.Client, options, Ct));

        var audit = host.Services.GetRequiredService<IAuditLog>();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while ((await audit.ReadAsync(AuditPartitions.Retention, Ct)).Count < 2)
        {
            Assert.True(DateTime.UtcNow < deadline, "a second sweep after the interval");
            await Task.Delay(200, Ct);
        }

        var instance = await host.Client.GetInstanceAsync(RetentionSweepOrchestrator.InstanceId, Ct);
        Assert.NotNull(instance);
        Assert.False(instance.IsCompleted, $"eternal, but {instance.RuntimeStatus}");
        await host.Client.TerminateInstanceAsync(RetentionSweepOrchestrator.InstanceId, cancellation: Ct);
        Assert.False(await RetentionSchedule.EnsureStartedAsync(host.Client, new RetentionOptions(), Ct), "retention off: nothing starts");
    }

    private static async Task<string> AddCandidateAsync(ScreeningLlmHost host, string fileName, string text, DateTimeOffset createdAt)
    {
        var id = await host.AddCandidateAsync(fileName, text, Ct);
        var documents = host.Services.GetRequiredService<IDocumentStore>();
        var stored = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, id, id, Ct);
        await documents.UpsertAsync(DocumentContainers.Candidates, id, id, stored!.Document with { CreatedAt = createdAt, IngestedAt = createdAt }, cancellationToken: Ct);
        return id;
    }

    private static async Task<List<string>> ListAsync(IArtifactStore artifacts, string container, string? prefix)
    {
        var names = new List<string>();
        await foreach (var item in artifacts.ListAsync(container, prefix, Ct))
        {
            names.Add(item.Name);
        }

        return names;
    }
}
