namespace ResumeFlow.Workflows.Analysis;

/// <summary>A concrete change to a section, backed by a line of the original CV, with the score it is expected to gain.</summary>
public sealed record AnalysisSuggestion(string Section, SuggestionKind Kind, string Text, string Evidence, double ExpectedGain);
