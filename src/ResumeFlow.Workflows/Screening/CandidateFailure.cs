namespace ResumeFlow.Workflows.Screening;

/// <summary>A candidate whose scoring activity failed after its retries, so the activity could not record it itself.</summary>
public sealed record CandidateFailure(string CandidateId, ScoringMode Mode, string ErrorCode, string Message);
