namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Input of <see cref="AnalyzeCallsOrchestrator"/>: the run (its transcripts are stored under
/// <see cref="CallArtifacts.SourcePrefix"/>), the chunk size, and whether to analyse again only the calls that failed.
/// </summary>
public sealed record AnalyzeCallsInput(string RunId, int ChunkSize = 50, bool RetryFailedOnly = false);
