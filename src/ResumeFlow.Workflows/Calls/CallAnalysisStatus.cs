namespace ResumeFlow.Workflows.Calls;

/// <summary>Custom status of a run: the phase (<c>reading</c>, <c>analysing</c>, <c>reporting</c>, <c>done</c>) and progress.</summary>
public sealed record CallAnalysisStatus(string Phase, int Total, int Completed, int Failed, int ChunksDone, int ChunksTotal);
