namespace ResumeFlow.Workflows.Screening;

/// <summary>An opened report artifact; the caller disposes <see cref="Content"/>.</summary>
public sealed record ScreeningReportFile(string Name, string ContentType, Stream Content);
