namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>Why one file (or one row of an export) could not be read.</summary>
public sealed record TranscriptError(string Source, string Code, string Message);
