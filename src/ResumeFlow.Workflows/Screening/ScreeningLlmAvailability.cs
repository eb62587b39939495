namespace ResumeFlow.Workflows.Screening;

/// <summary>Whether an LLM is configured, decided once at start so the orchestration input says it (and replays the same).</summary>
public sealed record ScreeningLlmAvailability(bool IsConfigured);
