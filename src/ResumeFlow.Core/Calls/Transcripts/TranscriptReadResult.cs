namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>The calls read from one or more files, and the files (or rows) that could not be read.</summary>
public sealed record TranscriptReadResult(IReadOnlyList<CallTranscript> Calls, IReadOnlyList<TranscriptError> Errors);
