namespace ResumeFlow.Workflows.Batches;

/// <summary>An open cost report of a batch job: the caller disposes <see cref="Content"/>.</summary>
public sealed record BatchCostReportFile(Stream Content, string ContentType, string Name);
