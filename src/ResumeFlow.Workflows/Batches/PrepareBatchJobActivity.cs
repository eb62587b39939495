using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Selects up to BatchSize candidates from the extraction-state index, builds their request lines (one full-profile
/// call per CV) split at the provider's limits, and stores the files. A re-run returns the stored manifest, so a
/// replayed job never selects a second, different set.
/// </summary>
internal sealed class PrepareBatchJobActivity(ExtractionIndex index, IDocumentStore documents, IArtifactStore artifacts, IBatchFileBuilder builder, IHostApplicationLifetime lifetime)
    : TaskActivity<PrepareBatchJobInput, PreparedBatchJob>
{
    public override async Task<PreparedBatchJob> RunAsync(TaskActivityContext context, PrepareBatchJobInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        var manifest = BatchArtifacts.Manifest(input.JobId);
        if (await artifacts.GetInfoAsync(ArtifactContainers.BatchFiles, manifest, cancellationToken).ConfigureAwait(false) is not null)
        {
            var stored = await BatchArtifacts.ReadTextAsync(artifacts, ArtifactContainers.BatchFiles, manifest, cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize<PreparedBatchJob>(stored, IngestionJson.Options)!;
        }

        var requests = new List<LlmRequest>();
        await foreach (var id in index.PendingAsync(BatchProfilePrompt.Version, cancellationToken).ConfigureAwait(false))
        {
            if (requests.Count == input.BatchSize)
            {
                break;
            }

            if (await ReadTextAsync(id, cancellationToken).ConfigureAwait(false) is { } text)
            {
                requests.Add(new LlmRequest
                {
                    ItemKey = id,
                    Instructions = BatchProfilePrompt.Instructions,
                    JsonSchema = BatchProfilePrompt.Schema,
                    SchemaName = BatchProfilePrompt.SchemaName,
                    PromptVersion = BatchProfilePrompt.Version,
                    UntrustedContent = text,
                    MaxOutputTokens = BatchProfilePrompt.MaxOutputTokens,
                    Temperature = 0,
                });
            }
        }

        var parts = new List<BatchPartRef>();
        foreach (var part in builder.Build(requests))
        {
            var name = BatchArtifacts.Part(input.JobId, part.Index, 0);
            await BatchArtifacts.WriteBatchFileAsync(artifacts, name, Encoding.UTF8.GetString(part.Content.Span), cancellationToken).ConfigureAwait(false);
            parts.Add(new BatchPartRef(part.Index, name, part.CustomIds.Count));
        }

        var prepared = new PreparedBatchJob(input.JobId, builder.Model, requests.Count, parts);
        await BatchArtifacts.WriteTextAsync(artifacts, ArtifactContainers.BatchFiles, manifest, JsonSerializer.Serialize(prepared, IngestionJson.Options), "application/json", cancellationToken).ConfigureAwait(false);
        return prepared;
    }

    private async Task<string?> ReadTextAsync(string candidateId, CancellationToken cancellationToken)
    {
        var candidate = await documents.ReadAsync<CandidateDocument>(DocumentContainers.Candidates, candidateId, candidateId, cancellationToken).ConfigureAwait(false);
        if (candidate?.Document is not { Status: CandidateStatus.Ingested, Artifacts.Text: { } reference })
        {
            return null;
        }

        var (container, name) = IngestionArtifacts.Split(reference);
        try
        {
            return await BatchArtifacts.ReadTextAsync(artifacts, container, name, cancellationToken).ConfigureAwait(false);
        }
        catch (ArtifactNotFoundException)
        {
            return null;
        }
    }
}
