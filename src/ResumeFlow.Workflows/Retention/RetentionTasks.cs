using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Workflows.Retention;

/// <summary>The retention orchestration's tasks (see <see cref="WorkflowCatalogue"/>).</summary>
public static class RetentionTasks
{
    public static IReadOnlyList<WorkflowTask> All { get; } =
    [
        WorkflowTask.Orchestrator<RetentionSweepOrchestrator>(RetentionTaskNames.Sweep),
        WorkflowTask.Activity<PurgeExpiredActivity>(RetentionTaskNames.PurgeExpired),
    ];
}
