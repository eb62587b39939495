using Microsoft.DurableTask;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Ingestion;
using ResumeFlow.Workflows.Retention;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Catalogue;

/// <summary>
/// Every orchestrator and activity of the product, in one public list. The SDK's
/// <see cref="DurableTaskRegistry"/> does not list what it holds, so this list is what every executor
/// registers (<see cref="AddResumeFlowTasks"/>) and what the Functions app's tests check their
/// <c>[Function]</c> triggers against.
/// </summary>
public static class WorkflowCatalogue
{
    public static IReadOnlyList<WorkflowTask> Tasks { get; } = [.. IngestionTasks.All, .. ScreeningTasks.All, .. AnalysisTasks.All, .. CallAnalysisTasks.All, .. BatchTasks.All, .. RetentionTasks.All];

    /// <summary>Registers every catalogued task by its Durable name; activities get their dependencies from the worker's services.</summary>
    public static DurableTaskRegistry AddResumeFlowTasks(this DurableTaskRegistry registry) => registry.AddWorkflowTasks(Tasks);

    /// <summary>Registers the given tasks only (a feature's tests use its own list).</summary>
    public static DurableTaskRegistry AddWorkflowTasks(this DurableTaskRegistry registry, IEnumerable<WorkflowTask> tasks)
    {
        ArgumentNullException.ThrowIfNull(registry);
        ArgumentNullException.ThrowIfNull(tasks);
        foreach (var task in tasks)
        {
            _ = task.Kind == WorkflowTaskKind.Orchestrator
                ? registry.AddOrchestrator(task.Name, task.Type)
                : registry.AddActivity(task.Name, task.Type);
        }

        return registry;
    }
}
