namespace ResumeFlow.Workflows.Batches;

/// <summary>One durable task of the batch workflow, for the task catalogue: its name, "orchestrator" or "activity", and type.</summary>
public sealed record BatchTaskInfo(string Name, string Kind, Type Type);
