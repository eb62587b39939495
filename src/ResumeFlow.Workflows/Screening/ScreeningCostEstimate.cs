namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The estimated LLM cost of each chosen candidate (same order as chosen, best first), or no estimates when the
/// scoring model's price is unknown.
/// </summary>
public sealed record ScreeningCostEstimate(IReadOnlyList<decimal> PerCandidateUsd, bool PriceKnown)
{
    public decimal? TotalUsd => PriceKnown ? PerCandidateUsd.Sum() : null;

    /// <summary>How many of the best candidates fit within <paramref name="budgetUsd"/>; none when the price is unknown.</summary>
    public int FittingWithin(decimal budgetUsd)
    {
        if (!PriceKnown)
        {
            return 0;
        }

        var spent = 0m;
        var kept = 0;
        foreach (var cost in PerCandidateUsd)
        {
            if (spent + cost > budgetUsd)
            {
                break;
            }

            spent += cost;
            kept++;
        }

        return kept;
    }
}
