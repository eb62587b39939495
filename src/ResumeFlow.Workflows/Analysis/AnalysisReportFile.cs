namespace ResumeFlow.Workflows.Analysis;

/// <summary>A stored analysis report opened for reading; the caller disposes <see cref="Content"/>.</summary>
public sealed record AnalysisReportFile(string Name, string ContentType, Stream Content);
