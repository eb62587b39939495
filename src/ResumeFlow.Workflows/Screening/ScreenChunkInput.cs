namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Input of <see cref="ScreenChunkOrchestrator"/>: one chunk (a range of a stored candidate set) and the pass to run
/// over it. With <see cref="PipelineLlm"/> the chunk sends each candidate the pre-filter admits
/// (deterministic score at or above <see cref="LlmMinScore"/>, not knocked out) to the LLM as soon as
/// its deterministic score is known, so the two passes overlap (possible when there is no top-K).
/// </summary>
public sealed record ScreenChunkInput(
    string ScreeningId,
    string JobId,
    int ChunkIndex,
    ScoringMode Mode,
    CandidateRange Candidates,
    double Threshold,
    int MaxAttempts,
    double FirstRetrySeconds,
    bool PipelineLlm = false,
    double? LlmMinScore = null,
    bool Blind = false,
    ScreeningWeights? Weights = null);
