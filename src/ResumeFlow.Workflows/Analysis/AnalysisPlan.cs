namespace ResumeFlow.Workflows.Analysis;

/// <summary>What PrepareAnalysis decides once, so replays of the orchestrator see the same graph and settings.</summary>
public sealed record AnalysisPlan(IReadOnlyList<SectionTask> Tasks, int MaxConcurrency, TimeSpan TaskTimeout);
