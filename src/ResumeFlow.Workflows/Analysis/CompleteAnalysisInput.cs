namespace ResumeFlow.Workflows.Analysis;

/// <summary>Input of CompleteAnalysis: the references and every section's outcome.</summary>
public sealed record CompleteAnalysisInput(string AnalysisId, AnalyzeResumeInput Input, IReadOnlyList<SectionOutcome> Sections, IReadOnlyList<string> ScheduleOrder);
