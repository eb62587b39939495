using Microsoft.DurableTask;
using ResumeFlow.Workflows.Batches;
using ResumeFlow.Workflows.Ingestion;
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
    public static IReadOnlyList<WorkflowTask> Tasks { get; } = [.. IngestionTasks.All, .. ScreeningTasks.All, .. BatchTasks.All];

    /// <summary>Registers every catalogued task by its Durable name; activities get their dependencies from the worker's services.</summary>
    public static DurableTaskRegistry AddResumeFlowTasks(this DurableTaskRegistry registry)
    {
        ArgumentNullException.ThrowIfNull(registry);
        foreach (var task in Tasks)
        {
            _ = task.Kind == WorkflowTaskKind.Orchestrator
                ? registry.AddOrchestrator(task.Name, task.Type)
                : registry.AddActivity(task.Name, task.Type);
        }

        return registry;
    }
}
