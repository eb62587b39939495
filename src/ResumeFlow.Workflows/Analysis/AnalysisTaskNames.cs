namespace ResumeFlow.Workflows.Analysis;

/// <summary>Registered names of the analysis orchestrator and activities.</summary>
public static class AnalysisTaskNames
{
    public const string AnalyzeResume = "AnalyzeResume";
    public const string PrepareAnalysis = "PrepareAnalysis";
    public const string AnalyzeSection = "AnalyzeSection";
    public const string CompleteAnalysis = "CompleteAnalysis";
}
