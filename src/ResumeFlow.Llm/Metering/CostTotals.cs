namespace ResumeFlow.Llm.Metering;

/// <summary>Accumulated usage and cost of a model or scope.</summary>
public sealed record CostTotals(long Requests, long InputTokens, long CachedInputTokens, long OutputTokens, decimal CostUsd)
{
    public static CostTotals Zero { get; } = new(0, 0, 0, 0, 0m);
}
