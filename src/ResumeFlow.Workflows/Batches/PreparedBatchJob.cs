namespace ResumeFlow.Workflows.Batches;

/// <summary>The selected candidates of a job as stored input files (references only; the lines stay in the artifact store).</summary>
public sealed record PreparedBatchJob(string JobId, string Model, int Candidates, IReadOnlyList<BatchPartRef> Parts);
