using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Analysis;

/// <summary>The AnalyzeResume orchestration's tasks (see <see cref="WorkflowCatalogue"/>).</summary>
public static class AnalysisTasks
{
    public static IReadOnlyList<WorkflowTask> All { get; } =
    [
        WorkflowTask.Orchestrator<AnalyzeResumeOrchestrator>(AnalysisTaskNames.AnalyzeResume),
        WorkflowTask.Activity<PrepareAnalysisActivity>(AnalysisTaskNames.PrepareAnalysis),
        WorkflowTask.Activity<AnalyzeSectionActivity>(AnalysisTaskNames.AnalyzeSection),
        WorkflowTask.Activity<CompleteAnalysisActivity>(AnalysisTaskNames.CompleteAnalysis),
    ];
}
