using System.Globalization;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Erasure;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Retention;

/// <summary>
/// Purges what <see cref="RetentionOptions"/> says is due as of a given "now", and records what it purged in the
/// audit trail (partition <see cref="AuditPartitions.Retention"/>). Expired CVs go through the same erasure as a
/// candidate's request. Without a <see cref="DurableTaskClient"/> (the Functions app's activities get none) Durable
/// instances are left to the Functions timer, which has one.
/// </summary>
public sealed class RetentionSweeper(
    IDocumentStore documents,
    IArtifactStore artifacts,
    ICandidateErasure erasure,
    IAuditLog audit,
    IOptions<RetentionOptions> options,
    DurableTaskClient? client = null)
{
    public async Task<RetentionSweepResult> SweepAsync(DateTimeOffset now, CancellationToken cancellationToken = default)
    {
        var settings = options.Value;
        var (candidates, inUse) = settings.CvDays is { } cvDays ? await PurgeCandidatesAsync(now.AddDays(-cvDays), cancellationToken).ConfigureAwait(false) : (0, 0);
        var screenings = settings.ScreeningDays is { } screeningDays ? await PurgeScreeningsAsync(now.AddDays(-screeningDays), cancellationToken).ConfigureAwait(false) : 0;
        var instances = settings.DurableHistoryDays is { } historyDays && client is not null
            ? await PurgeInstancesAsync(client, now.AddDays(-historyDays), cancellationToken).ConfigureAwait(false)
            : 0;
        var batchFiles = settings.BatchFileDays is { } batchDays ? await PurgeBatchFilesAsync(now.AddDays(-batchDays), cancellationToken).ConfigureAwait(false) : 0;

        var result = new RetentionSweepResult(now, candidates, inUse, screenings, instances, batchFiles);
        await audit.AppendAsync(Swept(result, settings), cancellationToken).ConfigureAwait(false);
        return result;
    }

    /// <summary>Durable instances that ended before <paramref name="cutoff"/> (created before it: the filter Durable offers).</summary>
    public static async Task<int> PurgeInstancesAsync(DurableTaskClient client, DateTimeOffset cutoff, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        var filter = new PurgeInstancesFilter(CreatedFrom: null, CreatedTo: cutoff.UtcDateTime, Statuses: [OrchestrationRuntimeStatus.Completed, OrchestrationRuntimeStatus.Failed, OrchestrationRuntimeStatus.Terminated]);
        var result = await client.PurgeAllInstancesAsync(filter, cancellation: cancellationToken).ConfigureAwait(false);
        return result.PurgedInstanceCount;
    }

    private async Task<(int Erased, int InUse)> PurgeCandidatesAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var expired = new List<string>();
        await foreach (var candidate in documents.ReadAllAsync<CandidateDocument>(DocumentContainers.Candidates, cancellationToken).ConfigureAwait(false))
        {
            if ((candidate.IngestedAt ?? candidate.CreatedAt) < cutoff)
            {
                expired.Add(candidate.Id);
            }
        }

        var (erased, inUse) = (0, 0);
        foreach (var id in expired)
        {
            try
            {
                await erasure.EraseAsync(id, AuditActors.System, cancellationToken).ConfigureAwait(false);
                erased++;
            }
            catch (ErasureException ex) when (ex.Code == ErasureErrorCodes.CandidateInUse)
            {
                // A running screening still needs it; the next sweep takes it.
                inUse++;
            }
        }

        return (erased, inUse);
    }

    private async Task<int> PurgeScreeningsAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var expired = new List<string>();
        await foreach (var doc in documents.ReadAllAsync<JsonElement>(DocumentContainers.Screenings, cancellationToken).ConfigureAwait(false))
        {
            if (doc.TryGetProperty("kind", out var kind) && kind.ValueEquals(ScreeningDocumentKinds.Screening)
                && doc.Deserialize<ScreeningDocument>(DocumentJson.SerializerOptions) is { } screening && screening.CompletedAt < cutoff)
            {
                expired.Add(screening.ScreeningId);
            }
        }

        foreach (var screeningId in expired)
        {
            var ids = new List<string>();
            await foreach (var doc in documents.ReadPartitionAsync<JsonElement>(DocumentContainers.Screenings, screeningId, cancellationToken).ConfigureAwait(false))
            {
                ids.Add(doc.GetProperty("id").GetString()!);
            }

            // The screening document goes last: a sweep cut short finds the screening again next time.
            foreach (var id in ids.OrderBy(id => id == ScreeningDocumentKinds.ScreeningDocumentId))
            {
                await documents.DeleteAsync(DocumentContainers.Screenings, screeningId, id, cancellationToken).ConfigureAwait(false);
            }

            await DeleteAsync(ArtifactContainers.Reports, screeningId + "/", _ => true, cancellationToken).ConfigureAwait(false);
        }

        return expired.Count;
    }

    private Task<int> PurgeBatchFilesAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
        => DeleteAsync(ArtifactContainers.BatchFiles, null, file => file.LastModified < cutoff, cancellationToken);

    private async Task<int> DeleteAsync(string container, string? prefix, Func<ArtifactInfo, bool> due, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in artifacts.ListAsync(container, prefix, cancellationToken).ConfigureAwait(false))
        {
            if (due(item))
            {
                names.Add(item.Name);
            }
        }

        foreach (var name in names)
        {
            await artifacts.DeleteAsync(container, name, cancellationToken).ConfigureAwait(false);
        }

        return names.Count;
    }

    private static AuditEvent Swept(RetentionSweepResult result, RetentionOptions settings) => new()
    {
        Id = "sweep-" + result.SweptAt.UtcTicks.ToString(CultureInfo.InvariantCulture),
        Partition = AuditPartitions.Retention,
        Kind = AuditEventKinds.RetentionPurged,
        At = result.SweptAt,
        Actor = AuditActors.System,
        Details = new Dictionary<string, string?>
        {
            ["candidates"] = Invariant(result.Candidates),
            ["candidatesInUse"] = Invariant(result.CandidatesInUse),
            ["screenings"] = Invariant(result.Screenings),
            ["durableInstances"] = Invariant(result.DurableInstances),
            ["batchFiles"] = Invariant(result.BatchFiles),
            ["cvDays"] = settings.CvDays?.ToString(CultureInfo.InvariantCulture),
            ["screeningDays"] = settings.ScreeningDays?.ToString(CultureInfo.InvariantCulture),
            ["durableHistoryDays"] = settings.DurableHistoryDays?.ToString(CultureInfo.InvariantCulture),
            ["batchFileDays"] = settings.BatchFileDays?.ToString(CultureInfo.InvariantCulture),
        },
    };

    private static string Invariant(int value) => value.ToString(CultureInfo.InvariantCulture);
}
