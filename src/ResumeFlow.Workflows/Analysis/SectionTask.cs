namespace ResumeFlow.Workflows.Analysis;

/// <summary>One node of the analysis task graph, with the deployments of its fallback chain (null = deterministic only).</summary>
public sealed record SectionTask(string Name, int Priority, IReadOnlyList<string> DependsOn, bool Present, string? Deployment, string? FallbackDeployment);
