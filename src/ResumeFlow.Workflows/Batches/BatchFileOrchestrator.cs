using Microsoft.DurableTask;
using ResumeFlow.Llm.Batches;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Runs one input file to the end: submit (idempotent), poll on durable timers through validating, in_progress,
/// finalizing until completed, failed, expired or cancelled, apply the results, and resubmit the lines that did not
/// come back, up to MaxResubmissions rounds. Each round, and every <see cref="PollsPerGeneration"/> polls, starts a
/// new generation (ContinueAsNew) so a day of polling keeps the history small.
/// </summary>
public sealed class BatchFileOrchestrator : TaskOrchestrator<BatchFileInput, BatchTally>
{
    internal const int PollsPerGeneration = 50;

    public override async Task<BatchTally> RunAsync(TaskOrchestrationContext context, BatchFileInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var batchId = input.BatchId
            ?? await context.CallActivityAsync<string>(nameof(SubmitBatchFileActivity), new SubmitBatchFileInput(input.LookupId, input.Artifact), BatchTaskOptions.ProviderCall);
        BatchInfo info;
        for (var polls = 1; ; polls++)
        {
            info = await context.CallActivityAsync<BatchInfo>(nameof(CheckBatchActivity), batchId, BatchTaskOptions.ProviderCall);
            context.SetCustomStatus(Progress(input, info));
            if (info.IsTerminal)
            {
                break;
            }

            if (polls >= PollsPerGeneration)
            {
                context.ContinueAsNew(input with { BatchId = batchId });
                return null!;
            }

            await context.CreateTimer(input.CheckInterval, CancellationToken.None);
        }

        var applied = await context.CallActivityAsync<AppliedBatch>(
            nameof(ApplyBatchResultsActivity), new ApplyBatchInput(input.JobId, input.Part, input.Round, batchId, input.Artifact, input.Screening), BatchTaskOptions.ProviderCall);

        // A resubmitted line was counted in round 0; later rounds add their results and tokens, not new lines.
        var round = input.Round == 0 ? applied.Tally : applied.Tally with { Lines = 0 };
        var tally = input.Tally?.Add(round) ?? round;
        var resubmit = applied.RetryLines > 0 && input.Round < input.MaxResubmissions && info.Status != BatchStatuses.Cancelled;
        if (resubmit)
        {
            context.ContinueAsNew(input with
            {
                Artifact = applied.RetryArtifact!,
                Round = input.Round + 1,
                BatchId = null,
                Tally = tally with { Resubmitted = tally.Resubmitted + applied.RetryLines },
            });
            return null!;
        }

        return tally with { Failed = tally.Failed + applied.RetryLines };
    }

    private static BatchProgress Progress(BatchFileInput input, BatchInfo info) => new(
        "polling",
        Batches: 1,
        BatchesDone: info.IsTerminal ? 1 : 0,
        LinesDone: (input.Tally?.Done ?? 0) + info.Completed,
        LinesFailed: info.Failed,
        InputTokens: input.Tally?.InputTokens ?? 0,
        OutputTokens: input.Tally?.OutputTokens ?? 0,
        CostUsd: input.Tally?.BatchCostUsd,
        Status: info.Status);
}
