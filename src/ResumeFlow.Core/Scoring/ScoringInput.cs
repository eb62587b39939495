namespace ResumeFlow.Core.Scoring;

/// <summary>One candidate to score: the id (content hash) and the CV's plain text.</summary>
public sealed record ScoringInput(string CandidateId, string Text);
