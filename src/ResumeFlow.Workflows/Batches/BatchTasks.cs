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
        WorkflowTask.Activity<BackfillExtractionIndexActivity>(nameof(BackfillExtractionIndexActivity)),
        WorkflowTask.Activity<SubmitBatchFileActivity>(nameof(SubmitBatchFileActivity)),
        WorkflowTask.Activity<CheckBatchActivity>(nameof(CheckBatchActivity)),
        WorkflowTask.Activity<ApplyBatchResultsActivity>(nameof(ApplyBatchResultsActivity)),
        WorkflowTask.Activity<WriteBatchCostReportActivity>(nameof(WriteBatchCostReportActivity)),
    ];
}
