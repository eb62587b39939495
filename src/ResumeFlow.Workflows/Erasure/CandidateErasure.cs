using System.Globalization;
using System.Text.Json;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.Options;
using ResumeFlow.Llm.Caching;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Fairness;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Erasure;

/// <inheritdoc cref="ICandidateErasure"/>
/// <remarks>
/// Stores are searched, not looked up through a list of known places, so data a newer feature keeps (an index
/// partition, a report folder) is found as long as it names the candidate's id: read feeds over the document
/// containers, listings of the artifact containers, an instance query with inputs and outputs.
/// </remarks>
internal sealed class CandidateErasure(
    IDocumentStore documents,
    IArtifactStore artifacts,
    ILlmResultCache llmCache,
    ScreeningReportPublisher publisher,
    IAuditLog audit,
    ProviderBatchFiles providerFiles,
    IOptions<IngestionOptions> ingestion,
    TimeProvider time,
    DurableTaskClient? client = null) : ICandidateErasure
{
    public async Task<ErasureReport> EraseAsync(string candidateId, string? requestedBy, CancellationToken cancellationToken = default)
    {
        if (!ScreeningIds.IsValid(candidateId))
        {
            throw new ErasureException(ErasureErrorCodes.CandidateNotFound, $"No candidate '{candidateId}'.");
        }

        // Checked before anything is removed: an erasure either happens whole or not at all.
        var callRuns = await FindCallRunsAsync(candidateId, cancellationToken).ConfigureAwait(false);
        var sets = await FindCandidateSetsAsync(candidateId, cancellationToken).ConfigureAwait(false);
        var instances = await FindInstancesAsync(candidateId, callRuns, sets, cancellationToken).ConfigureAwait(false);
        if (instances.FirstOrDefault(i => !i.IsCompleted) is { } running)
        {
            throw new ErasureException(ErasureErrorCodes.CandidateInUse, $"Orchestration '{running.InstanceId}' ({running.RuntimeStatus}) still uses candidate '{candidateId}'; erase once it has finished or terminate it.");
        }

        // A batch still running is waited for, not cancelled: cancelling would throw away the other candidates' paid-for
        // lines in it and leave a partial output file to chase. It ends within its completion window, and so does the job
        // storing its results; the erasure succeeds then. Refused before anything is removed, as for a running orchestration.
        var held = await providerFiles.FindAsync(candidateId, cancellationToken).ConfigureAwait(false);
        if (held.FirstOrDefault(h => h.Batch is { IsTerminal: false }) is { Batch: { } batch })
        {
            throw new ErasureException(ErasureErrorCodes.CandidateInUse, $"Provider batch '{batch.Id}' ({batch.Status}) still holds candidate '{candidateId}'; erase once it has ended.");
        }

        if (await FindJobStoringResultsAsync(held, cancellationToken).ConfigureAwait(false) is { } storing)
        {
            throw new ErasureException(ErasureErrorCodes.CandidateInUse, $"Orchestration '{storing}' has not yet stored the results of a provider batch file holding candidate '{candidateId}'; erase once it has finished.");
        }

        var (documentCount, screenings) = await EraseDocumentsAsync(candidateId, cancellationToken).ConfigureAwait(false);
        var artifactCount = await EraseArtifactsAsync(candidateId, instances, callRuns, cancellationToken).ConfigureAwait(false);
        foreach (var set in sets)
        {
            artifactCount += await CandidateSets.RemoveCandidateAsync(artifacts, set, candidateId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        if (documentCount == 0 && artifactCount == 0 && instances.Count == 0 && held.Count == 0)
        {
            throw new ErasureException(ErasureErrorCodes.CandidateNotFound, $"Nothing is stored of candidate '{candidateId}'.");
        }

        // Screening and ingestion key their LLM calls by candidate id, resume analysis by "{analysis instance}/{section}".
        var analyses = instances.Select(i => i.InstanceId + "/").ToList();
        var cacheCount = await llmCache.RemoveItemsAsync(key => key == candidateId || analyses.Exists(a => key.StartsWith(a, StringComparison.Ordinal)), cancellationToken).ConfigureAwait(false);
        foreach (var instance in instances)
        {
            await client!.PurgeInstanceAsync(instance.InstanceId, cancellationToken).ConfigureAwait(false);
        }

        // Whole files: their results are stored by now (checked above), so the other candidates' lines in them are not needed.
        var deletedFiles = await providerFiles.DeleteAsync(held, cancellationToken).ConfigureAwait(false);
        var erasedAt = time.GetUtcNow();
        var report = new ErasureReport(candidateId, erasedAt, documentCount, artifactCount, cacheCount, instances.Count, screenings, deletedFiles);
        await AmendScreeningsAsync(candidateId, screenings, erasedAt, cancellationToken).ConfigureAwait(false);
        foreach (var partition in screenings.Prepend(AuditPartitions.Erasures))
        {
            await audit.AppendAsync(Erased(report, partition, requestedBy ?? AuditActors.ApiKey), cancellationToken).ConfigureAwait(false);
        }

        return report;
    }

    /// <summary>Call-analysis runs tied to the candidate: their <c>run.json</c> names the candidate (the instance input names only the run).</summary>
    private async Task<List<string>> FindCallRunsAsync(string candidateId, CancellationToken cancellationToken)
    {
        var runFiles = await FindMentioningAsync(CallArtifacts.Container, name => name.EndsWith("/run.json", StringComparison.Ordinal), candidateId, cancellationToken).ConfigureAwait(false);
        return [.. runFiles.Select(name => name[..name.IndexOf('/', StringComparison.Ordinal)])];
    }

    /// <summary>Stored candidate sets naming the candidate: screenings pass these by reference, so their inputs name the set, not the candidate.</summary>
    private Task<List<string>> FindCandidateSetsAsync(string candidateId, CancellationToken cancellationToken)
        => FindMentioningAsync(ArtifactContainers.Reports, CandidateSets.IsSet, candidateId, cancellationToken);

    /// <summary>The artifacts of a container, among those <paramref name="named"/> selects, whose text names the candidate.</summary>
    private async Task<List<string>> FindMentioningAsync(string container, Func<string, bool> named, string candidateId, CancellationToken cancellationToken)
    {
        var found = new List<string>();
        await foreach (var item in artifacts.ListAsync(container, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            if (named(item.Name)
                && (await BatchArtifacts.ReadTextAsync(artifacts, container, item.Name, cancellationToken).ConfigureAwait(false)).Contains(candidateId, StringComparison.Ordinal))
            {
                found.Add(item.Name);
            }
        }

        return found;
    }

    private async Task<List<OrchestrationMetadata>> FindInstancesAsync(string candidateId, IReadOnlyList<string> callRuns, IReadOnlyList<string> sets, CancellationToken cancellationToken)
    {
        var found = new List<OrchestrationMetadata>();
        if (client is null)
        {
            // The Functions app's activities have no client: retention's timer purges Durable history there.
            return found;
        }

        var query = new OrchestrationQuery { FetchInputsAndOutputs = true, PageSize = 500 };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (Mentions(instance.SerializedInput, candidateId) || Mentions(instance.SerializedOutput, candidateId)
                || Mentions(instance.SerializedCustomStatus, candidateId) || instance.InstanceId.Contains(candidateId, StringComparison.Ordinal)
                || callRuns.Contains(instance.InstanceId) || sets.Any(set => Mentions(instance.SerializedInput, set)))
            {
                found.Add(instance);
            }
        }

        return found;
    }

    /// <summary>A running orchestration that names the job or batch of a held provider file: it has not stored that file's results yet.</summary>
    private async Task<string?> FindJobStoringResultsAsync(IReadOnlyList<HeldBatchFile> held, CancellationToken cancellationToken)
    {
        var keys = held.SelectMany(ProviderBatchFiles.JobKeys).ToHashSet(StringComparer.Ordinal);
        if (client is null || keys.Count == 0)
        {
            return null;
        }

        var query = new OrchestrationQuery
        {
            FetchInputsAndOutputs = true,
            PageSize = 500,
            Statuses = [OrchestrationRuntimeStatus.Pending, OrchestrationRuntimeStatus.Running, OrchestrationRuntimeStatus.Suspended],
        };
        await foreach (var instance in client.GetAllInstancesAsync(query).WithCancellation(cancellationToken).ConfigureAwait(false))
        {
            if (keys.Any(k => Mentions(instance.SerializedInput, k) || Mentions(instance.SerializedCustomStatus, k)))
            {
                return instance.InstanceId;
            }
        }

        return null;
    }

    private async Task<(int Count, IReadOnlyList<string> Screenings)> EraseDocumentsAsync(string candidateId, CancellationToken cancellationToken)
    {
        var count = await documents.DeleteAsync(DocumentContainers.Candidates, candidateId, candidateId, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        var screenings = new SortedSet<string>(StringComparer.Ordinal);
        foreach (var container in DocumentContainers.All.Where(c => c is not DocumentContainers.Candidates and not DocumentContainers.Jobs))
        {
            var partitionProperty = DocumentContainers.PartitionKeyPath(container)[1..];
            var doomed = new List<(string Partition, string Id)>();
            await foreach (var doc in documents.ReadAllAsync<JsonElement>(container, cancellationToken).ConfigureAwait(false))
            {
                // The record that an erasure happened is the one thing that stays.
                if (Text(doc, "kind") == AuditEventKinds.CandidateErased)
                {
                    continue;
                }

                if (Text(doc, "candidateId") == candidateId || Text(doc, "id") is { } id && (id == candidateId || id.EndsWith("-" + candidateId, StringComparison.Ordinal)))
                {
                    doomed.Add((Text(doc, partitionProperty)!, Text(doc, "id")!));
                }
            }

            foreach (var (partition, id) in doomed)
            {
                if (await documents.DeleteAsync(container, partition, id, cancellationToken).ConfigureAwait(false))
                {
                    count++;
                    if (container == DocumentContainers.Screenings)
                    {
                        screenings.Add(partition);
                    }
                }
            }
        }

        return (count, [.. screenings]);
    }

    private async Task<int> EraseArtifactsAsync(string candidateId, IReadOnlyList<OrchestrationMetadata> instances, IReadOnlyList<string> callRuns, CancellationToken cancellationToken)
    {
        var count = 0;
        count += await DeleteListedAsync(ArtifactContainers.Cvs, candidateId + "/", _ => true, cancellationToken).ConfigureAwait(false);
        count += await DeleteListedAsync(ArtifactContainers.CvText, IngestionArtifacts.TextName(candidateId), _ => true, cancellationToken).ConfigureAwait(false);
        count += await DeleteListedAsync(ArtifactContainers.CvProfiles, IngestionArtifacts.ProfileName(candidateId), _ => true, cancellationToken).ConfigureAwait(false);
        count += await DeleteListedAsync(ArtifactContainers.CvFeatures, IngestionArtifacts.FeaturesName(candidateId), _ => true, cancellationToken).ConfigureAwait(false);
        count += await DeleteListedAsync(ingestion.Value.ReceiptsContainer, null, name => name.Contains("/" + candidateId + "/", StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        count += await DeleteListedAsync(ArtifactContainers.Reports, null, name => name.Contains(candidateId, StringComparison.Ordinal), cancellationToken).ConfigureAwait(false);
        count += await DeleteListedAsync(CallArtifacts.Container, CallArtifacts.CandidateNote(candidateId), _ => true, cancellationToken).ConfigureAwait(false);
        foreach (var run in callRuns)
        {
            // A call-analysis run tied to the candidate: its transcripts, results and reports.
            count += await DeleteListedAsync(CallArtifacts.Container, run + "/", _ => true, cancellationToken).ConfigureAwait(false);
        }

        foreach (var instance in instances)
        {
            count += await DeleteListedAsync(AnalysisArtifacts.Container, AnalysisArtifacts.Folder(instance.InstanceId) + "/", _ => true, cancellationToken).ConfigureAwait(false);
        }

        await foreach (var file in artifacts.ListAsync(ArtifactContainers.BatchFiles, cancellationToken: cancellationToken).ConfigureAwait(false))
        {
            var text = await BatchArtifacts.ReadTextAsync(artifacts, ArtifactContainers.BatchFiles, file.Name, cancellationToken).ConfigureAwait(false);
            if (!text.Contains(candidateId, StringComparison.Ordinal))
            {
                continue;
            }

            // A batch file holds many candidates: only this candidate's lines go.
            var kept = text.Split('\n').Where(line => !line.Contains(candidateId, StringComparison.Ordinal));
            await BatchArtifacts.WriteTextAsync(artifacts, ArtifactContainers.BatchFiles, file.Name, string.Join('\n', kept), file.ContentType, cancellationToken).ConfigureAwait(false);
            count++;
        }

        return count;
    }

    private async Task<int> DeleteListedAsync(string container, string? prefix, Func<string, bool> match, CancellationToken cancellationToken)
    {
        var names = new List<string>();
        await foreach (var item in artifacts.ListAsync(container, prefix, cancellationToken).ConfigureAwait(false))
        {
            if (match(item.Name))
            {
                names.Add(item.Name);
            }
        }

        var count = 0;
        foreach (var name in names)
        {
            count += await artifacts.DeleteAsync(container, name, cancellationToken).ConfigureAwait(false) ? 1 : 0;
        }

        return count;
    }

    private async Task AmendScreeningsAsync(string candidateId, IReadOnlyList<string> screenings, DateTimeOffset erasedAt, CancellationToken cancellationToken)
    {
        var note = $"{erasedAt.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}: a candidate's data was erased on request; the report no longer lists them.";
        foreach (var screeningId in screenings)
        {
            await SelectionRateService.RemoveCandidateAsync(artifacts, screeningId, candidateId, cancellationToken).ConfigureAwait(false);
            var stored = await documents.ReadAsync<ScreeningDocument>(DocumentContainers.Screenings, screeningId, ScreeningDocumentKinds.ScreeningDocumentId, cancellationToken).ConfigureAwait(false);
            if (stored is not null)
            {
                await publisher.RepublishAsync(stored.Document with { Amendments = [.. stored.Document.Amendments, note] }, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private static AuditEvent Erased(ErasureReport report, string partition, string actor)
    {
        var details = new Dictionary<string, string?>
        {
            ["documents"] = report.Documents.ToString(CultureInfo.InvariantCulture),
            ["artifacts"] = report.Artifacts.ToString(CultureInfo.InvariantCulture),
            ["llmCacheEntries"] = report.LlmCacheEntries.ToString(CultureInfo.InvariantCulture),
            ["durableInstances"] = report.DurableInstances.ToString(CultureInfo.InvariantCulture),
            ["providerBatchFiles"] = report.ProviderBatchFiles.Count.ToString(CultureInfo.InvariantCulture),
        };
        for (var i = 0; i < report.ProviderBatchFiles.Count; i++)
        {
            details[string.Create(CultureInfo.InvariantCulture, $"providerBatchFile{i + 1}")] = report.ProviderBatchFiles[i];
        }

        return new()
        {
            Id = $"erased-{report.CandidateId}-{report.ErasedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
            Partition = partition,
            Kind = AuditEventKinds.CandidateErased,
            At = report.ErasedAt,
            Actor = actor,
            ScreeningId = partition == AuditPartitions.Erasures ? null : partition,
            CandidateId = report.CandidateId,
            Details = details,
        };
    }

    private static bool Mentions(string? serialized, string candidateId) => serialized?.Contains(candidateId, StringComparison.Ordinal) == true;

    private static string? Text(JsonElement doc, string property)
        => doc.ValueKind == JsonValueKind.Object && doc.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
