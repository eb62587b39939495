namespace ResumeFlow.Workflows.Analysis.Reports;

/// <summary>The full analysis (analysis.json): per-section results, the weighted score, the plan and the tailored draft.</summary>
public sealed record AnalysisReport(
    string AnalysisId,
    string CandidateId,
    string JobId,
    string JobTitle,
    double OverallScore,
    IReadOnlyDictionary<string, double> Weights,
    IReadOnlyList<SectionOutcome> Outcomes,
    IReadOnlyList<SectionAnalysis> Sections,
    IReadOnlyList<AnalysisSuggestion> Plan,
    int SuggestionsDropped,
    string TailoredMarkdown);
