namespace ResumeFlow.Workflows.Calls;

/// <summary>Counters of a chunk (results are stored, not returned).</summary>
public sealed record AnalyzeCallChunkResult(int Analysed, int Failed);
