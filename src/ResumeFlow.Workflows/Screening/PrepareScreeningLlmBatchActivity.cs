using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Builds the Batch API input files of a screening's LLM pass: one line per chosen candidate, the same request the chat
/// path sends (<see cref="LlmCandidateScorer.BuildRequest"/>), split at the provider's limits and stored. A re-run returns
/// the stored manifest. A candidate that cannot be loaded gets no line (its result records it failed).
/// </summary>
internal sealed class PrepareScreeningLlmBatchActivity(
    ScreeningJobCache jobs,
    ScreeningCandidateLoader candidates,
    CandidateSets sets,
    IArtifactStore artifacts,
    IBatchFileBuilder builder,
    IOptions<LlmScoringOptions> scoring,
    IOptions<BatchOptions> batch,
    IHostApplicationLifetime lifetime) : TaskActivity<ScreeningLlmBatchInput, PreparedScreeningLlmBatch>
{
    public override async Task<PreparedScreeningLlmBatch> RunAsync(TaskActivityContext context, ScreeningLlmBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);

        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        var batchJobId = input.ScreeningId + "-llm";
        var manifest = BatchArtifacts.Manifest(batchJobId);
        if (await artifacts.GetInfoAsync(ArtifactContainers.BatchFiles, manifest, cancellationToken).ConfigureAwait(false) is not null)
        {
            var stored = await BatchArtifacts.ReadTextAsync(artifacts, ArtifactContainers.BatchFiles, manifest, cancellationToken).ConfigureAwait(false);
            return JsonSerializer.Deserialize<PreparedScreeningLlmBatch>(stored, IngestionJson.Options)!;
        }

        var job = await jobs.GetAsync(input.JobId, cancellationToken).ConfigureAwait(false);
        var requests = new List<Llm.LlmRequest>();
        foreach (var id in await sets.ReadAsync(input.Candidates, cancellationToken).ConfigureAwait(false))
        {
            if ((await candidates.LoadAsync(id, input.Blind, cancellationToken).ConfigureAwait(false)).Candidate is { } candidate)
            {
                requests.Add(LlmCandidateScorer.BuildRequest(job.Job, new ScoringInput(id, candidate.Text, candidate.Profile), scoring.Value, input.ScreeningId));
            }
        }

        var parts = new List<BatchPartRef>();
        foreach (var part in builder.Build(requests))
        {
            var name = BatchArtifacts.Part(batchJobId, part.Index, 0);
            await BatchArtifacts.WriteBatchFileAsync(artifacts, name, Encoding.UTF8.GetString(part.Content.Span), cancellationToken).ConfigureAwait(false);
            parts.Add(new BatchPartRef(part.Index, name, part.CustomIds.Count));
        }

        var prepared = new PreparedScreeningLlmBatch(batchJobId, parts, batch.Value.CheckInterval, batch.Value.MaxResubmissions);
        await BatchArtifacts.WriteTextAsync(artifacts, ArtifactContainers.BatchFiles, manifest, JsonSerializer.Serialize(prepared, IngestionJson.Options), "application/json", cancellationToken).ConfigureAwait(false);
        return prepared;
    }
}
