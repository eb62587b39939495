using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Screening;

/// <summary>The ScreenCandidates orchestration's tasks (see <see cref="WorkflowCatalogue"/>).</summary>
public static class ScreeningTasks
{
    public static IReadOnlyList<WorkflowTask> All { get; } =
    [
        WorkflowTask.Orchestrator<ScreenCandidatesOrchestrator>(ScreeningTaskNames.ScreenCandidates),
        WorkflowTask.Orchestrator<ScreenChunkOrchestrator>(ScreeningTaskNames.ScreenChunk),
        WorkflowTask.Activity<AnalyzeScreeningJobActivity>(ScreeningTaskNames.AnalyzeJob),
        WorkflowTask.Activity<ReadCandidateRangeActivity>(ScreeningTaskNames.ReadCandidateRange),
        WorkflowTask.Activity<SelectLlmCandidatesActivity>(ScreeningTaskNames.SelectLlmCandidates),
        WorkflowTask.Activity<ScoreCandidateActivity>(ScreeningTaskNames.ScoreCandidate),
        WorkflowTask.Activity<ScoreChunkActivity>(ScreeningTaskNames.ScoreChunk),
        WorkflowTask.Activity<WriteScreeningReportActivity>(ScreeningTaskNames.WriteReport),
        WorkflowTask.Activity<EstimateScreeningLlmCostActivity>(ScreeningTaskNames.EstimateLlmCost),
        WorkflowTask.Activity<PrepareScreeningLlmBatchActivity>(ScreeningTaskNames.PrepareLlmBatch),
        WorkflowTask.Activity<CollectScreeningLlmResultsActivity>(ScreeningTaskNames.CollectLlmResults),
    ];
}
