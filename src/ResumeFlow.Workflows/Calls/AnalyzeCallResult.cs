namespace ResumeFlow.Workflows.Calls;

/// <summary>Whether a call's analysis succeeded (the result itself is stored as <see cref="CallArtifacts.Result"/>).</summary>
public sealed record AnalyzeCallResult(string CallId, bool Succeeded, string? ErrorCode);
