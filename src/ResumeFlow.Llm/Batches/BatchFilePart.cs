namespace ResumeFlow.Llm.Batches;

/// <summary>One JSONL input file of a job: its bytes and the custom ids of its lines, in order.</summary>
public sealed record BatchFilePart(int Index, ReadOnlyMemory<byte> Content, IReadOnlyList<string> CustomIds);
