namespace ResumeFlow.Workflows.Batches;

public sealed record BatchCostReportInput(string JobId, BatchTally Total, IReadOnlyList<BatchTally> Files);
