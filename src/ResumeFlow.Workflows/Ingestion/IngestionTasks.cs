using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>The IngestCv orchestration's tasks (see <see cref="WorkflowCatalogue"/>).</summary>
public static class IngestionTasks
{
    public static IReadOnlyList<WorkflowTask> All { get; } =
    [
        WorkflowTask.Orchestrator<IngestCvOrchestrator>(IngestionTaskNames.IngestCv),
        WorkflowTask.Activity<RegisterCandidateActivity>(IngestionTaskNames.RegisterCandidate),
        WorkflowTask.Activity<ExtractCvActivity>(IngestionTaskNames.ExtractCv),
        WorkflowTask.Activity<SaveCandidateActivity>(IngestionTaskNames.SaveCandidate),
    ];
}
