namespace ResumeFlow.Workflows.Erasure;

/// <summary>What an erasure removed, store by store (counts only: the removed data is gone; provider batch files by id, name and batch).</summary>
public sealed record ErasureReport(
    string CandidateId,
    DateTimeOffset ErasedAt,
    int Documents,
    int Artifacts,
    int LlmCacheEntries,
    int DurableInstances,
    IReadOnlyList<string> AmendedScreenings,
    IReadOnlyList<string> ProviderBatchFiles);
