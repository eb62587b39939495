namespace ResumeFlow.Workflows.Screening;

/// <summary>Input of the ScoreChunk activity: the deterministic pass over one chunk, a range of the screening's stored candidate set.</summary>
public sealed record ScoreChunkInput(string ScreeningId, string JobId, CandidateRange Candidates, double Threshold, bool Blind = false, ScreeningWeights? Weights = null);
