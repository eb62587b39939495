namespace ResumeFlow.Workflows.Batches;

/// <summary>One input file of a job, stored in the batch-files container.</summary>
public sealed record BatchPartRef(int Part, string Artifact, int Lines);
