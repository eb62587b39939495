namespace ResumeFlow.Llm.Metering;

/// <summary>Accumulated usage and cost of a model or scope; <see cref="CostUsd"/> is null once any request in it had no known price.</summary>
public sealed record CostTotals(long Requests, long InputTokens, long CachedInputTokens, long OutputTokens, decimal? CostUsd)
{
    public static CostTotals Zero { get; } = new(0, 0, 0, 0, 0m);

    public bool PriceUnknown => CostUsd is null;

    public static CostTotals operator +(CostTotals left, CostTotals right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        return new(
            left.Requests + right.Requests,
            left.InputTokens + right.InputTokens,
            left.CachedInputTokens + right.CachedInputTokens,
            left.OutputTokens + right.OutputTokens,
            left.CostUsd + right.CostUsd);
    }

    public static CostTotals Add(CostTotals left, CostTotals right) => left + right;
}
