namespace ResumeFlow.Workflows.Screening;

/// <summary>One scoring criterion of a candidate: its 0–100 score, its weight, and the CV lines behind it.</summary>
public sealed record CandidateCriterionResult(string Name, double Score, double Weight, IReadOnlyList<string> Evidence, string? Note = null);
