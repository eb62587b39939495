using ResumeFlow.Core.Candidates;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>The candidate's state before this ingestion: done already (ingested, or failed on this same file), or to be done.</summary>
public sealed record RegisterCandidateResult(CandidateStatus Status, bool AlreadyDone, string? TextArtifact = null, string? ProfileArtifact = null, string? ErrorCode = null);
