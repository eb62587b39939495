using System.Globalization;
using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// The overnight profile extraction: index candidates stored before the extraction index existed (once), select the candidates not yet extracted by the current prompt, build and
/// store the input files (as many as the provider's limits need), run each file in its own sub-orchestration
/// (<see cref="BatchFileOrchestrator"/>), and write the cost report. Custom status: batches, lines done/failed,
/// tokens and cost so far.
/// </summary>
public sealed class BatchExtractProfilesOrchestrator : TaskOrchestrator<BatchExtractInput, BatchExtractResult>
{
    public override async Task<BatchExtractResult> RunAsync(TaskOrchestrationContext context, BatchExtractInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var jobId = input.JobId ?? context.InstanceId;
        context.SetCustomStatus(new BatchProgress("selecting", 0, 0, 0, 0, 0, 0, 0));
        await context.CallActivityAsync<int>(nameof(BackfillExtractionIndexActivity), null, BatchTaskOptions.ProviderCall);
        var prepared = await context.CallActivityAsync<PreparedBatchJob>(nameof(PrepareBatchJobActivity), new PrepareBatchJobInput(jobId, input.BatchSize));
        var total = BatchTally.Empty(prepared.Model);
        var running = prepared.Parts
            .Select(part => context.CallSubOrchestratorAsync<BatchTally>(
                nameof(BatchFileOrchestrator),
                new BatchFileInput(jobId, part.Part, part.Artifact, input.CheckInterval, input.MaxResubmissions),
                new SubOrchestrationOptions { InstanceId = string.Create(CultureInfo.InvariantCulture, $"{jobId}-p{part.Part:D3}") }))
            .ToList();
        var files = new List<BatchTally>();
        context.SetCustomStatus(Progress("running", prepared.Parts.Count, total, files.Count));
        while (running.Count > 0)
        {
            var finished = await Task.WhenAny(running);
            running.Remove(finished);
            var file = await finished;
            files.Add(file);
            total = total.Add(file);
            context.SetCustomStatus(Progress("running", prepared.Parts.Count, total, files.Count));
        }

        var report = await context.CallActivityAsync<BatchCostReportRef>(nameof(WriteBatchCostReportActivity), new BatchCostReportInput(jobId, total, files));
        context.SetCustomStatus(Progress("completed", prepared.Parts.Count, total, files.Count));
        return new BatchExtractResult(jobId, prepared.Candidates, total, files, report.Json, report.Html);
    }

    private static BatchProgress Progress(string phase, int batches, BatchTally total, int done)
        => new(phase, batches, done, total.Done, total.Failed, total.InputTokens, total.OutputTokens, total.BatchCostUsd);
}
