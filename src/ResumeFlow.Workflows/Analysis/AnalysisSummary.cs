namespace ResumeFlow.Workflows.Analysis;

/// <summary>Output of AnalyzeResume: scores, counters, the scheduling order and references to the stored reports.</summary>
public sealed record AnalysisSummary(
    string AnalysisId,
    double OverallScore,
    IReadOnlyList<SectionOutcome> Sections,
    IReadOnlyList<string> ScheduleOrder,
    int Fallbacks,
    int Skipped,
    int SuggestionsApplied,
    int SuggestionsDropped,
    IReadOnlyDictionary<string, string> Reports);
