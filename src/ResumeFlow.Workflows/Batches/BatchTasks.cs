using Microsoft.DurableTask;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Batches;

/// <summary>The batch extraction orchestrations' tasks (see <see cref="WorkflowCatalogue"/>).</summary>
public static class BatchTasks
{
    public static IReadOnlyList<WorkflowTask> All { get; } =
    [
        WorkflowTask.Orchestrator<BatchExtractProfilesOrchestrator>(nameof(BatchExtractProfilesOrchestrator)),
        WorkflowTask.Orchestrator<BatchFileOrchestrator>(nameof(BatchFileOrchestrator)),
        WorkflowTask.Orchestrator<ContinuousBatchOrchestrator>(nameof(ContinuousBatchOrchestrator)),
        WorkflowTask.Activity<PrepareBatchJobActivity>(nameof(PrepareBatchJobActivity)),
        WorkflowTask.Activity<SubmitBatchFileActivity>(nameof(SubmitBatchFileActivity)),
        WorkflowTask.Activity<CheckBatchActivity>(nameof(CheckBatchActivity)),
        WorkflowTask.Activity<ApplyBatchResultsActivity>(nameof(ApplyBatchResultsActivity)),
        WorkflowTask.Activity<WriteBatchCostReportActivity>(nameof(WriteBatchCostReportActivity)),
    ];

    /// <summary>Registers only the batch tasks (their tests); hosts register the whole catalogue.</summary>
    public static DurableTaskRegistry AddBatchTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var task in All)
        {
            _ = task.Kind == WorkflowTaskKind.Orchestrator ? registry.AddOrchestrator(task.Name, task.Type) : registry.AddActivity(task.Name, task.Type);
        }

        return registry;
    }
}
