namespace ResumeFlow.Llm.Batches;

/// <summary>A file the provider holds: its id, the name it was uploaded or produced under, and its purpose (batch, batch_output).</summary>
public sealed record ProviderFile(string Id, string FileName, string Purpose);
