namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Whether an LLM is configured, decided once at start so the orchestration input says it (and replays the same); and
/// the scoring model and whether its price is known (a budget cap needs one).
/// </summary>
public sealed record ScreeningLlmAvailability(bool IsConfigured, string? Model = null, bool PriceKnown = true);
