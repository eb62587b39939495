using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Scoring;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Reads a finished batch's output and error files, validates every reply against its schema, and stores it: a profile
/// (ETag-conditional, retried on conflict, stamped processed), or for a screening's LLM pass the candidate's score
/// (evidence checked against the CV, cost at the batch price). Lines that failed, expired, were
/// missing or invalid go into a new input file for the next round. Safe to re-run: storing a profile twice writes
/// the same profile.
/// </summary>
internal sealed class ApplyBatchResultsActivity(
    IBatchApiClient client,
    IArtifactStore artifacts,
    BatchProfileStore profiles,
    PriceCatalog prices,
    IBatchFileBuilder builder,
    TimeProvider time,
    IServiceProvider services,
    IHostApplicationLifetime lifetime) : TaskActivity<ApplyBatchInput, AppliedBatch>
{
    public override async Task<AppliedBatch> RunAsync(TaskActivityContext context, ApplyBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        // The SDK gives activities no token; host shutdown abandons the attempt, which runs again after restart.
        var cancellationToken = lifetime.ApplicationStopping;
        var batch = await client.GetBatchAsync(input.BatchId, cancellationToken).ConfigureAwait(false);
        var lines = await ReadInputLinesAsync(input.Artifact, cancellationToken).ConfigureAwait(false);
        var results = new Dictionary<string, BatchOutputLine>(StringComparer.Ordinal);
        foreach (var fileId in new[] { batch.ErrorFileId, batch.OutputFileId })
        {
            if (fileId is null)
            {
                continue;
            }

            // Output after errors: a success for an id wins over an error line for it.
            foreach (var line in await client.DownloadResultsAsync(fileId, cancellationToken).ConfigureAwait(false))
            {
                results[line.CustomId] = line;
            }
        }

        var asOf = YearMonth.From(time.GetUtcNow());
        var quote = prices.Quote(builder.Model);
        var usage = LlmUsage.Zero;
        int done = 0, invalid = 0;
        var retry = new StringBuilder();
        var retryLines = 0;
        foreach (var (customId, requestLine) in lines)
        {
            results.TryGetValue(customId, out var result);
            var lineUsage = result?.Usage ?? LlmUsage.Zero;
            usage += lineUsage;
            var stored = result is { Succeeded: true, Content: { } content } && (input.Screening is { } screening
                ? await ApplyScoreAsync(screening, customId, content, lineUsage, quote.Price?.Cost(lineUsage, batch: true), cancellationToken).ConfigureAwait(false)
                : await ApplyProfileAsync(input.JobId, customId, content, asOf, cancellationToken).ConfigureAwait(false));
            if (result is { Succeeded: true } && !stored)
            {
                invalid++;
            }

            if (!stored)
            {
                retry.Append(requestLine).Append('\n');
                retryLines++;
                continue;
            }

            done++;
        }

        string? retryArtifact = null;
        if (retryLines > 0)
        {
            retryArtifact = BatchArtifacts.Part(input.JobId, input.Part, input.Round + 1);
            await BatchArtifacts.WriteBatchFileAsync(artifacts, retryArtifact, retry.ToString(), cancellationToken).ConfigureAwait(false);
        }

        var tally = new BatchTally(
            builder.Model,
            Batches: 1,
            Lines: lines.Count,
            Done: done,
            InvalidReplies: invalid,
            InputTokens: usage.InputTokens,
            CachedInputTokens: usage.CachedInputTokens,
            OutputTokens: usage.OutputTokens,
            BatchCostUsd: quote.Price?.Cost(usage, batch: true),
            StandardCostUsd: quote.Price?.Cost(usage, batch: false));
        return new AppliedBatch(tally, retryArtifact, retryLines);
    }

    private async Task<bool> ApplyProfileAsync(string jobId, string customId, string content, YearMonth asOf, CancellationToken cancellationToken)
    {
        if (BatchLineValidator.Validate(BatchProfilePrompt.Schema, content) is not null
            || JsonSerializer.Deserialize<BatchProfileReply>(content, IngestionJson.Options) is not { } reply)
        {
            return false;
        }

        await profiles.SaveAsync(customId, BatchProfileMapper.ToProfile(reply, asOf), jobId, cancellationToken).ConfigureAwait(false);
        return true;
    }

    // A candidate that can no longer be loaded is recorded failed by the scoring and not sent again.
    private async Task<bool> ApplyScoreAsync(ScreeningBatchTarget screening, string candidateId, string content, LlmUsage usage, decimal? costUsd, CancellationToken cancellationToken)
    {
        if (BatchLineValidator.Validate(LlmCandidateScorer.Schema, content) is not null
            || JsonSerializer.Deserialize<LlmScoreAnswer>(content, LlmJson.SerializerOptions) is not { } answer)
        {
            return false;
        }

        await services.GetRequiredService<ScreeningLlmScoring>().ApplyAsync(
            new ScoreCandidateInput(screening.ScreeningId, screening.JobId, candidateId, ScoringMode.Llm, screening.Threshold),
            (_, scoring, deterministic, scorer) => Task.FromResult(scorer.FromAnswer(scoring, deterministic, answer, usage, costUsd, builder.Model)),
            cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<IReadOnlyList<(string CustomId, string Line)>> ReadInputLinesAsync(string artifact, CancellationToken cancellationToken)
    {
        var text = await BatchArtifacts.ReadTextAsync(artifacts, ArtifactContainers.BatchFiles, artifact, cancellationToken).ConfigureAwait(false);
        var lines = new List<(string, string)>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            using var document = JsonDocument.Parse(line);
            lines.Add((document.RootElement.GetProperty("custom_id").GetString()!, line));
        }

        return lines;
    }
}
