namespace ResumeFlow.Workflows.Screening;

/// <summary>A chunk that failed as a whole (e.g. its history was lost): each candidate of its range is recorded failed.</summary>
public sealed record CandidateRangeFailure(CandidateRange Candidates, ScoringMode Mode, string ErrorCode, string Message);
