namespace ResumeFlow.Workflows.Screening;

/// <summary>Input of the ScoreCandidate activity: which candidate, against which job, for which screening and pass, whether blind, and the screening's own weights (null: the host's).</summary>
public sealed record ScoreCandidateInput(string ScreeningId, string JobId, string CandidateId, ScoringMode Mode, double Threshold, bool Blind = false, ScreeningWeights? Weights = null);
