using System.Text;
using System.Text.Json;
using Microsoft.DurableTask;
using ResumeFlow.Core.Profiles;
using ResumeFlow.Llm;
using ResumeFlow.Llm.Batches;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Workflows.Ingestion;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Reads a finished batch's output and error files, validates every reply against the profile schema, stores the
/// profiles (ETag-conditional, retried on conflict) and stamps them processed. Lines that failed, expired, were
/// missing or invalid go into a new input file for the next round. Safe to re-run: storing a profile twice writes
/// the same profile.
/// </summary>
internal sealed class ApplyBatchResultsActivity(
    IBatchApiClient client,
    IArtifactStore artifacts,
    BatchProfileStore profiles,
    PriceCatalog prices,
    IBatchFileBuilder builder,
    TimeProvider time) : TaskActivity<ApplyBatchInput, AppliedBatch>
{
    public override async Task<AppliedBatch> RunAsync(TaskActivityContext context, ApplyBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(input);
        var cancellationToken = CancellationToken.None;
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
        var usage = LlmUsage.Zero;
        int done = 0, invalid = 0;
        var retry = new StringBuilder();
        var retryLines = 0;
        foreach (var (customId, requestLine) in lines)
        {
            results.TryGetValue(customId, out var result);
            usage += result?.Usage ?? LlmUsage.Zero;
            var reply = result is { Succeeded: true } ? Parse(result.Content!) : null;
            if (result is { Succeeded: true } && reply is null)
            {
                invalid++;
            }

            if (reply is null)
            {
                retry.Append(requestLine).Append('\n');
                retryLines++;
                continue;
            }

            await profiles.SaveAsync(customId, BatchProfileMapper.ToProfile(reply, asOf), input.JobId, cancellationToken).ConfigureAwait(false);
            done++;
        }

        string? retryArtifact = null;
        if (retryLines > 0)
        {
            retryArtifact = BatchArtifacts.Part(input.JobId, input.Part, input.Round + 1);
            await BatchArtifacts.WriteBatchFileAsync(artifacts, retryArtifact, retry.ToString(), cancellationToken).ConfigureAwait(false);
        }

        var quote = prices.Quote(builder.Model);
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

    private static BatchProfileReply? Parse(string content)
    {
        if (BatchLineValidator.Validate(BatchProfilePrompt.Schema, content) is not null)
        {
            return null;
        }

        return JsonSerializer.Deserialize<BatchProfileReply>(content, IngestionJson.Options);
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
