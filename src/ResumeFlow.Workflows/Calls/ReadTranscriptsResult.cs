namespace ResumeFlow.Workflows.Calls;

/// <summary>The ids of the calls read (each stored as <see cref="CallArtifacts.Call"/>) and how many files or rows were unreadable.</summary>
public sealed record ReadTranscriptsResult(IReadOnlyList<string> CallIds, int UnreadableFiles);
