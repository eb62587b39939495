namespace ResumeFlow.Workflows.Calls;

/// <summary>An orchestrator or activity of the feature, for the task catalogue (Functions triggers, registries).</summary>
public sealed record CallAnalysisTask(string Name, string Kind, Type Type);
