namespace ResumeFlow.Workflows.Catalogue;

/// <summary>What a catalogued task is to the Durable runtime.</summary>
public enum WorkflowTaskKind
{
    Orchestrator,
    Activity,
}
