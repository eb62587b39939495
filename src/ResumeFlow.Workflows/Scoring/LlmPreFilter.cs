using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Scoring;

/// <summary>
/// The deterministic pre-filter in front of the LLM: candidates in ranking order (score, must-have coverage, id),
/// optionally only those at or above a score, then only the first K. Pure and deterministic, so orchestrator
/// code may call it.
/// </summary>
public static class LlmPreFilter
{
    public static LlmPreFilterResult Select(IEnumerable<CandidateScore> deterministic, int? topK, double? minScore, decimal estimatedCostPerCandidateUsd)
    {
        ArgumentNullException.ThrowIfNull(deterministic);
        return Select(deterministic.Select(s => (s.CandidateId, s.Score, s.MustHaveCoverage)), topK, minScore, estimatedCostPerCandidateUsd);
    }

    public static LlmPreFilterResult Select(
        IEnumerable<(string CandidateId, double Score, double MustHaveCoverage)> deterministic,
        int? topK,
        double? minScore,
        decimal estimatedCostPerCandidateUsd)
    {
        ArgumentNullException.ThrowIfNull(deterministic);
        ArgumentOutOfRangeException.ThrowIfNegative(estimatedCostPerCandidateUsd);
        if (topK is < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(topK), topK, "llm_top_k_negative: top K must be zero or more.");
        }

        var ranked = CandidateRanking.Rank(deterministic.Select(d => new CandidateScore(d.CandidateId, d.Score, [], [], [], [], d.MustHaveCoverage)));
        var selected = new List<string>();
        var skipped = new List<string>();
        foreach (var candidate in ranked)
        {
            var eligible = (minScore is null || candidate.Score >= minScore) && (topK is null || selected.Count < topK);
            (eligible ? selected : skipped).Add(candidate.CandidateId);
        }

        return new LlmPreFilterResult(selected, skipped, estimatedCostPerCandidateUsd);
    }
}
