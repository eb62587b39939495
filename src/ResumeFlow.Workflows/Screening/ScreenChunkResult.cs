namespace ResumeFlow.Workflows.Screening;

/// <summary>Output of <see cref="ScreenChunkOrchestrator"/>: one summary per candidate of the chunk, in input order.</summary>
public sealed record ScreenChunkResult(int ChunkIndex, IReadOnlyList<CandidateScoreSummary> Candidates);
