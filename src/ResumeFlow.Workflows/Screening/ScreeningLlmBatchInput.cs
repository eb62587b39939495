namespace ResumeFlow.Workflows.Screening;

/// <summary>A screening's LLM pass by batch: the screening, its job, the stored set of candidates chosen, and the pass threshold.</summary>
public sealed record ScreeningLlmBatchInput(string ScreeningId, string JobId, CandidateRange Candidates, double Threshold, bool Blind = false);
