namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Output of the ScoreChunk activity: a summary per candidate it scored (its own errors, such as missing
/// text, included), and a failure summary per candidate whose scoring threw unexpectedly: that first attempt
/// failed, the orchestration retries it on its own.
/// </summary>
public sealed record ScoreChunkOutcome(IReadOnlyList<CandidateScoreSummary> Scored, IReadOnlyList<CandidateScoreSummary> Unfinished);
