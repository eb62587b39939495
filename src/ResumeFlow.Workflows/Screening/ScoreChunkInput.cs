namespace ResumeFlow.Workflows.Screening;

/// <summary>Input of the ScoreChunk activity: the deterministic pass over one chunk's candidates.</summary>
public sealed record ScoreChunkInput(string ScreeningId, string JobId, IReadOnlyList<string> CandidateIds, double Threshold, bool Blind = false, ScreeningWeights? Weights = null);
