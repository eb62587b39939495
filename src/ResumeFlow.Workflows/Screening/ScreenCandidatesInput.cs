namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Input of <see cref="ScreenCandidatesOrchestrator"/>: references only. <see cref="Candidates"/> is the stored
/// candidate set (<see cref="CandidateSets"/>), written by the starter. <see cref="LlmCandidates"/> is set by a retry
/// of failed candidates: it replaces the top-K pre-filter with the candidates that had been selected before.
/// </summary>
public sealed record ScreenCandidatesInput(
    string ScreeningId,
    string JobId,
    CandidateRange Candidates,
    ScreeningOptions Options,
    bool IsRetry = false,
    CandidateRange? LlmCandidates = null);
