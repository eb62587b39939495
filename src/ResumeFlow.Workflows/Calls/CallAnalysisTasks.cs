using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Calls;

/// <summary>The AnalyzeCalls orchestration's tasks (see <see cref="WorkflowCatalogue"/>).</summary>
public static class CallAnalysisTasks
{
    public static IReadOnlyList<WorkflowTask> All { get; } =
    [
        WorkflowTask.Orchestrator<AnalyzeCallsOrchestrator>(AnalyzeCallsOrchestrator.Name),
        WorkflowTask.Orchestrator<AnalyzeCallChunkOrchestrator>(AnalyzeCallChunkOrchestrator.Name),
        WorkflowTask.Activity<ReadCallTranscriptsActivity>(ReadCallTranscriptsActivity.Name),
        WorkflowTask.Activity<AnalyzeCallActivity>(AnalyzeCallActivity.Name),
        WorkflowTask.Activity<WriteCallReportActivity>(WriteCallReportActivity.Name),
    ];
}
