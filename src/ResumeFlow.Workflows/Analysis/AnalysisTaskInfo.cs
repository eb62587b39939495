namespace ResumeFlow.Workflows.Analysis;

/// <summary>One registered task of the analysis workflow, for the workflows' task catalogue.</summary>
public sealed record AnalysisTaskInfo(string Name, string Kind, Type Type)
{
    public const string Orchestrator = "orchestrator";
    public const string Activity = "activity";

    /// <summary>Every task of AnalyzeResume.</summary>
    public static IReadOnlyList<AnalysisTaskInfo> All { get; } =
    [
        new(AnalysisTaskNames.AnalyzeResume, Orchestrator, typeof(AnalyzeResumeOrchestrator)),
        new(AnalysisTaskNames.PrepareAnalysis, Activity, typeof(PrepareAnalysisActivity)),
        new(AnalysisTaskNames.AnalyzeSection, Activity, typeof(AnalyzeSectionActivity)),
        new(AnalysisTaskNames.CompleteAnalysis, Activity, typeof(CompleteAnalysisActivity)),
    ];
}
