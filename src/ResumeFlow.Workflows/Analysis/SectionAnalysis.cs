namespace ResumeFlow.Workflows.Analysis;

/// <summary>The stored details of one section's analysis.</summary>
public sealed record SectionAnalysis(
    string Section,
    double Score,
    string ProducedBy,
    IReadOnlyList<RequirementMatch> Matched,
    IReadOnlyList<string> Missing,
    IReadOnlyList<AnalysisSuggestion> Suggestions);
