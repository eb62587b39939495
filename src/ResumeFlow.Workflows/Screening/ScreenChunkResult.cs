namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Output of <see cref="ScreenChunkOrchestrator"/> (and of a batch LLM pass): counters, not one summary per candidate,
/// so the screening's history does not grow with the candidates. <see cref="PassedChange"/> is the change in passing
/// candidates (the LLM pass can take some below the threshold); <see cref="LlmDone"/> counts the LLM re-scores a
/// pipelined chunk made; <see cref="Failures"/> lists only the candidates whose activity failed outright, which nothing
/// has recorded yet (the report activity does).
/// </summary>
public sealed record ScreenChunkResult(
    int ChunkIndex,
    int Candidates,
    int Failed,
    int PassedChange,
    int LlmDone,
    long InputTokens,
    long OutputTokens,
    decimal? CostUsd,
    IReadOnlyList<CandidateFailure> Failures);
