namespace ResumeFlow.Workflows.Erasure;

/// <summary>What an erasure removed, store by store (counts only: the removed data is gone).</summary>
public sealed record ErasureReport(
    string CandidateId,
    DateTimeOffset ErasedAt,
    int Documents,
    int Artifacts,
    int LlmCacheEntries,
    int DurableInstances,
    IReadOnlyList<string> AmendedScreenings);
