namespace ResumeFlow.Core.Scoring;

/// <summary>
/// One weighted criterion of a candidate's score: 0–100, the CV lines that support it
/// (<see cref="Evidence"/>, verbatim from the CV) and a short explanation.
/// </summary>
public sealed record CriterionScore(string Name, double Weight, double Score, IReadOnlyList<string> Evidence, string Notes);
