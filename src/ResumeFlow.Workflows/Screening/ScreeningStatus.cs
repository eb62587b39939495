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

    public decimal CostUsd { get; init; }
}
