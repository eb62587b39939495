namespace ResumeFlow.Workflows.Calls;

/// <summary>One transcript file to analyse: its name (the extension picks the format) and bytes.</summary>
public sealed record CallTranscriptUpload(string FileName, ReadOnlyMemory<byte> Content);
