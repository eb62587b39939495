namespace ResumeFlow.Workflows.Batches;

/// <summary>An input file to upload and run; <paramref name="LookupId"/> is the deterministic id both the file and the batch carry.</summary>
public sealed record SubmitBatchFileInput(string LookupId, string Artifact);
