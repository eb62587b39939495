namespace ResumeFlow.Workflows.Scoring;

/// <summary>
/// Which candidates the pre-filter sends to the LLM and what skipping the others saved
/// (<see cref="Skipped"/> × <see cref="EstimatedCostPerCandidateUsd"/>).
/// </summary>
public sealed record LlmPreFilterResult(
    IReadOnlyList<string> Selected,
    IReadOnlyList<string> Skipped,
    decimal EstimatedCostPerCandidateUsd)
{
    public decimal EstimatedSavingsUsd => Skipped.Count * EstimatedCostPerCandidateUsd;

    /// <summary>A line for the cost report, e.g. "LLM scored 20 of 500; pre-filter skipped 480 × $0.0021 ≈ $1.01".</summary>
    public string Describe() => FormattableString.Invariant(
        $"LLM scored {Selected.Count} of {Selected.Count + Skipped.Count}; pre-filter skipped {Skipped.Count} × ${EstimatedCostPerCandidateUsd:0.####} ≈ ${EstimatedSavingsUsd:0.##}");
}
