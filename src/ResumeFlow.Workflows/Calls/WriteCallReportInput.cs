namespace ResumeFlow.Workflows.Calls;

/// <summary>The run whose stored results <see cref="WriteCallReportActivity"/> folds into the report.</summary>
public sealed record WriteCallReportInput(string RunId, IReadOnlyList<string> CallIds, int UnreadableFiles);
