namespace ResumeFlow.Workflows.Screening;

/// <summary>Input of <see cref="ScreenChunkOrchestrator"/>: one chunk of candidate ids and the pass to run over them.</summary>
public sealed record ScreenChunkInput(
    string ScreeningId,
    string JobId,
    int ChunkIndex,
    ScoringMode Mode,
    IReadOnlyList<string> CandidateIds,
    double Threshold,
    int MaxAttempts,
    double FirstRetrySeconds);
