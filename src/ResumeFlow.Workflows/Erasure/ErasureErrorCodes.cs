namespace ResumeFlow.Workflows.Erasure;

/// <summary>Stable error codes of erasure.</summary>
public static class ErasureErrorCodes
{
    /// <summary>Nothing of that candidate is stored (already erased, or never ingested).</summary>
    public const string CandidateNotFound = "candidate_not_found";

    /// <summary>A running orchestration still uses the candidate; erase once it has finished (or terminate it).</summary>
    public const string CandidateInUse = "candidate_in_use";
}
