namespace ResumeFlow.Workflows.Catalogue;

/// <summary>One orchestrator or activity of the product: its Durable name, its kind and the class that implements it.</summary>
public sealed record WorkflowTask(string Name, WorkflowTaskKind Kind, Type Type)
{
    public static WorkflowTask Orchestrator<T>(string name)
        where T : class, Microsoft.DurableTask.ITaskOrchestrator
        => new(name, WorkflowTaskKind.Orchestrator, typeof(T));

    public static WorkflowTask Activity<T>(string name)
        where T : class, Microsoft.DurableTask.ITaskActivity
        => new(name, WorkflowTaskKind.Activity, typeof(T));
}
