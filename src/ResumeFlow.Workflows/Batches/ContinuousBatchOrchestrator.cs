using System.Globalization;
using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// Continuous mode: an eternal orchestration that runs one <see cref="BatchExtractProfilesOrchestrator"/> job after
/// another (ContinueAsNew between jobs) until NumBatches jobs ran, nothing is left to extract, or a
/// <see cref="StopEvent"/> arrives; a stop lets the running job finish, terminate ends it at once.
/// </summary>
public sealed class ContinuousBatchOrchestrator : TaskOrchestrator<ContinuousBatchInput, ContinuousBatchResult>
{
    public const string StopEvent = "stop";

    public override async Task<ContinuousBatchResult> RunAsync(TaskOrchestrationContext context, ContinuousBatchInput input)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(input);
        var number = input.Completed + 1;
        var jobId = string.Create(CultureInfo.InvariantCulture, $"{context.InstanceId}-job{number:D4}");
        var job = context.CallSubOrchestratorAsync<BatchExtractResult>(
            nameof(BatchExtractProfilesOrchestrator), input.Batch with { JobId = jobId }, new SubOrchestrationOptions { InstanceId = jobId });
        // No cancellation of the wait: a pending wait ends with the generation, and cancelling a token source in
        // orchestrator code would run its callbacks off the orchestration's thread.
        var stop = context.WaitForExternalEvent<string>(StopEvent);
        await Task.WhenAny(job, stop);
        var result = await job;
        var stopped = stop.IsCompletedSuccessfully;

        var total = input.Total?.Add(result.Tally) ?? result.Tally;
        context.SetCustomStatus(new BatchProgress(stopped ? "stopped" : "running", number, number, total.Done, total.Failed, total.InputTokens, total.OutputTokens, total.BatchCostUsd));
        if (stopped || number >= input.NumBatches || result.Candidates == 0)
        {
            return new ContinuousBatchResult(number, total, stopped);
        }

        context.ContinueAsNew(input with { Completed = number, Total = total });
        return null!;
    }
}
