namespace ResumeFlow.Workflows.Screening;

/// <summary>A screening's LLM pass by batch: the screening, its job, and the candidates chosen (ids only).</summary>
public sealed record ScreeningLlmBatchInput(string ScreeningId, string JobId, IReadOnlyList<string> CandidateIds, bool Blind = false);
