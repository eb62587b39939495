using ResumeFlow.Llm.Batches;

namespace ResumeFlow.Workflows.Erasure;

/// <summary>A file the LLM provider still holds with a candidate's lines in it, and the batch it belongs to (null when none is listed).</summary>
internal sealed record HeldBatchFile(ProviderFile File, BatchInfo? Batch)
{
    /// <summary>The line the erasure's audit record keeps: what was deleted and why deleting the whole file was right.</summary>
    public string Describe() => Batch is { } batch
        ? $"{File.Id} ({File.FileName}, {File.Purpose}) of batch {batch.Id} ({batch.Status}): deleted whole; its results were stored before the erasure, other candidates' lines in it are no longer needed"
        : $"{File.Id} ({File.FileName}, {File.Purpose}) of no listed batch: deleted whole";
}
