using System.Globalization;
using Microsoft.DurableTask;
using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The LLM pass of a screening in <see cref="ScreeningModes.Batch"/> mode, inside its orchestration: store the request
/// files, run each in a <see cref="BatchFileOrchestrator"/> (idempotent submission, durable-timer polling, resubmission
/// of failed or expired lines) whose results are stored as the candidates' LLM scores, then count them.
/// </summary>
internal static class ScreeningBatchPass
{
    public static async Task<ScreenChunkResult> RunAsync(
        TaskOrchestrationContext context,
        ScreenCandidatesInput input,
        CandidateRange selected,
        TaskOptions activityOptions)
    {
        var batchInput = new ScreeningLlmBatchInput(input.ScreeningId, input.JobId, selected, input.Options.Threshold, input.Options.Blind);
        var prepared = await context.CallActivityAsync<PreparedScreeningLlmBatch>(ScreeningTaskNames.PrepareLlmBatch, batchInput, activityOptions);
        var target = new ScreeningBatchTarget(input.ScreeningId, input.JobId, input.Options.Threshold);
        await Task.WhenAll(prepared.Parts.Select(part => context.CallSubOrchestratorAsync<BatchTally>(
            nameof(BatchFileOrchestrator),
            new BatchFileInput(prepared.BatchJobId, part.Part, part.Artifact, prepared.CheckInterval, prepared.MaxResubmissions, Screening: target),
            new SubOrchestrationOptions { InstanceId = string.Create(CultureInfo.InvariantCulture, $"{context.InstanceId}:batch:{part.Part:D3}") })));
        return await context.CallActivityAsync<ScreenChunkResult>(ScreeningTaskNames.CollectLlmResults, batchInput, activityOptions);
    }
}
