namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Input of <see cref="ScreenCandidatesOrchestrator"/>: references only. <see cref="CandidateIds"/> null
/// means every ingested candidate. <see cref="LlmCandidateIds"/> is set by a retry of failed
/// candidates: it replaces the top-K pre-filter with the candidates that had been selected before.
/// </summary>
public sealed record ScreenCandidatesInput(
    string ScreeningId,
    string JobId,
    IReadOnlyList<string>? CandidateIds,
    ScreeningOptions Options,
    bool IsRetry = false,
    IReadOnlyList<string>? LlmCandidateIds = null);
