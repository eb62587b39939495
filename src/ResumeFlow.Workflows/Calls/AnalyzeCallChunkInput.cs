namespace ResumeFlow.Workflows.Calls;

/// <summary>A chunk of a run's calls for <see cref="AnalyzeCallChunkOrchestrator"/>.</summary>
public sealed record AnalyzeCallChunkInput(string RunId, IReadOnlyList<string> CallIds, bool RetryFailedOnly);
