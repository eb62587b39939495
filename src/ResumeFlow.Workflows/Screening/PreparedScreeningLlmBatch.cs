using ResumeFlow.Workflows.Batches;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// The stored input files of a screening's LLM pass and how to run them. The polling settings come from here, recorded
/// in the history, so the orchestration replays the same whatever the configuration is later.
/// </summary>
public sealed record PreparedScreeningLlmBatch(string BatchJobId, IReadOnlyList<BatchPartRef> Parts, TimeSpan CheckInterval, int MaxResubmissions);
