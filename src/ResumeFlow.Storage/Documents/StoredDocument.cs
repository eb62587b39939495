namespace ResumeFlow.Storage.Documents;

/// <summary>A document read back with the ETag to pass to a conditional write.</summary>
public sealed record StoredDocument<T>(T Document, string ETag);
