using ResumeFlow.Core.Candidates;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>IngestCv's output: where the candidate's text and profile are, or that it had been ingested before.</summary>
public sealed record IngestCvResult(
    string CandidateId,
    CandidateStatus Status,
    bool AlreadyIngested,
    string? TextArtifact = null,
    string? ProfileArtifact = null,
    IReadOnlyList<string>? Flags = null);
