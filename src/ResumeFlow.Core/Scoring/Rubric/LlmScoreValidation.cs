namespace ResumeFlow.Core.Scoring.Rubric;

/// <summary>
/// An LLM answer after evidence validation: the resulting score (criteria scored only on quotes found in the
/// CV) and the quotes that were rejected.
/// </summary>
public sealed record LlmScoreValidation(CandidateScore Score, int AcceptedQuotes, IReadOnlyList<RejectedQuote> Rejected);
