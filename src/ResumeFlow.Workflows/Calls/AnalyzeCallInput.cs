namespace ResumeFlow.Workflows.Calls;

/// <summary>One call of a run; <see cref="SkipIfSucceeded"/> keeps a stored successful result (retrying only failures).</summary>
public sealed record AnalyzeCallInput(string RunId, string CallId, bool SkipIfSucceeded = false);
