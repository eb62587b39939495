namespace ResumeFlow.Workflows.Screening;

/// <summary>Input of the ScoreCandidate activity: which candidate, against which job, for which screening and pass, and whether blind.</summary>
public sealed record ScoreCandidateInput(string ScreeningId, string JobId, string CandidateId, ScoringMode Mode, double Threshold, bool Blind = false);
