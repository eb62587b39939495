namespace ResumeFlow.Storage.Artifacts;

/// <summary>What is known about a stored artifact without reading it.</summary>
public sealed record ArtifactInfo(string Container, string Name, long Length, string ContentType, string ETag, DateTimeOffset LastModified);
