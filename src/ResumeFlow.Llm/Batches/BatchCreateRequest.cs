namespace ResumeFlow.Llm.Batches;

/// <summary>A batch to create: the job id goes into its metadata (<see cref="BatchApiClient.JobIdKey"/>).</summary>
public sealed record BatchCreateRequest(string JobId, string InputFileId, IReadOnlyDictionary<string, string>? Metadata = null);
