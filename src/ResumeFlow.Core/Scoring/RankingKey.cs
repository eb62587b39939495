namespace ResumeFlow.Core.Scoring;

/// <summary>
/// What the ranking order reads of a candidate: failed or scored, LLM-scored or left out by the pre-filter, the final
/// score, must-have coverage, the deterministic score, and the id (the last tie-break, so ranks are stable).
/// </summary>
public readonly record struct RankingKey(bool Failed, bool LlmScored, double Score, double MustHaveCoverage, double DeterministicScore, string CandidateId);
