namespace ResumeFlow.Core.Scoring.Rubric;

/// <summary>An evidence quote the model gave that does not occur in the CV (or is too short to prove anything).</summary>
public sealed record RejectedQuote(string Criterion, string Quote, string Reason);
