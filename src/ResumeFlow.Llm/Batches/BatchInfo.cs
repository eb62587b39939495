namespace ResumeFlow.Llm.Batches;

/// <summary>A batch as the provider reports it, with the job id our metadata carries.</summary>
public sealed record BatchInfo(
    string Id,
    string Status,
    string InputFileId,
    string? OutputFileId,
    string? ErrorFileId,
    int Total,
    int Completed,
    int Failed,
    string? JobId)
{
    public bool IsTerminal => BatchStatuses.IsTerminal(Status);
}
