namespace ResumeFlow.Core.Candidates;

/// <summary>Why ingestion failed: a stable snake_case code (see <c>DocumentErrorCodes</c>) and a message for people.</summary>
public sealed record CandidateError(string Code, string Message);
