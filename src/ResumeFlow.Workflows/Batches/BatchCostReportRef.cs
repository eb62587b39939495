namespace ResumeFlow.Workflows.Batches;

/// <summary>Where the cost report of a job was written ("container/name").</summary>
public sealed record BatchCostReportRef(string Json, string Html);
