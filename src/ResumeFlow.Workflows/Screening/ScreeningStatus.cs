namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The screening's custom status (DESIGN §4), updated as chunks finish. <see cref="Completed"/>
/// counts candidates through the deterministic pass; the LLM pass has its own pair of counters.
/// Counts only: it stays far below Durable's 16 KB limit at any scale.
/// </summary>
public sealed record ScreeningStatus
{
    public string Phase { get; init; } = ScreeningPhases.AnalyzingJob;

    public int Total { get; init; }

    public int Completed { get; init; }

    public int Failed { get; init; }

    public int Passed { get; init; }

    public int ChunksDone { get; init; }

    public int ChunksTotal { get; init; }

    public double? EtaSeconds { get; init; }

    public int LlmTotal { get; init; }

    public int LlmCompleted { get; init; }

    public long InputTokens { get; init; }

    public long OutputTokens { get; init; }

    /// <summary>USD so far; null once a call was made on a model whose price is unknown (see <see cref="PriceUnknown"/>).</summary>
    public decimal? CostUsd { get; init; } = 0m;

    /// <summary>Estimated cost of the LLM pass as selected, before the budget trimmed it (null until estimated, or when no budget was set).</summary>
    public decimal? EstimatedLlmCostUsd { get; init; }

    /// <summary>Candidates the pre-filter chose that the budget kept from the LLM: they keep their deterministic score.</summary>
    public int BudgetSkipped { get; init; }

    /// <summary>True when some LLM call had no known price, so <see cref="CostUsd"/> is unknown rather than $0.</summary>
    public bool PriceUnknown => CostUsd is null;
}
