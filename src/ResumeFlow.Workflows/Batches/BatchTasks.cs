using Microsoft.DurableTask;

namespace ResumeFlow.Workflows.Batches;

/// <summary>The orchestrators and activities of the batch workflow, and their registration with the SDK.</summary>
public static class BatchTasks
{
    public static IReadOnlyList<BatchTaskInfo> All { get; } =
    [
        new(nameof(BatchExtractProfilesOrchestrator), "orchestrator", typeof(BatchExtractProfilesOrchestrator)),
        new(nameof(BatchFileOrchestrator), "orchestrator", typeof(BatchFileOrchestrator)),
        new(nameof(ContinuousBatchOrchestrator), "orchestrator", typeof(ContinuousBatchOrchestrator)),
        new(nameof(PrepareBatchJobActivity), "activity", typeof(PrepareBatchJobActivity)),
        new(nameof(SubmitBatchFileActivity), "activity", typeof(SubmitBatchFileActivity)),
        new(nameof(CheckBatchActivity), "activity", typeof(CheckBatchActivity)),
        new(nameof(ApplyBatchResultsActivity), "activity", typeof(ApplyBatchResultsActivity)),
        new(nameof(WriteBatchCostReportActivity), "activity", typeof(WriteBatchCostReportActivity)),
    ];

    /// <summary>Adds every task of <see cref="All"/> to the worker's registry (activities are built from the worker's services).</summary>
    public static DurableTaskRegistry AddBatchTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var task in All)
        {
            if (task.Kind == "orchestrator")
            {
                registry.AddOrchestrator(task.Type);
            }
            else
            {
                registry.AddActivity(task.Type);
            }
        }

        return registry;
    }
}
