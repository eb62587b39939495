namespace ResumeFlow.Workflows.Calls;

/// <summary>Output of <see cref="AnalyzeCallsOrchestrator"/>: the counts and the report's artifact names (container <see cref="CallArtifacts.Container"/>).</summary>
public sealed record AnalyzeCallsResult(
    string RunId,
    int Calls,
    int Analysed,
    int Failed,
    int UnreadableFiles,
    string ReportHtml,
    string ReportJson,
    string ReportCsv);
