namespace ResumeFlow.Storage.Artifacts;

/// <summary>The named artifact does not exist.</summary>
public sealed class ArtifactNotFoundException : Exception
{
    public ArtifactNotFoundException(string container, string name)
        : base($"Artifact '{container}/{name}' was not found.")
    {
        Container = container;
        Name = name;
    }

    public ArtifactNotFoundException()
        : this(string.Empty, string.Empty)
    {
    }

    public ArtifactNotFoundException(string message)
        : base(message)
    {
        Container = string.Empty;
        Name = string.Empty;
    }

    public ArtifactNotFoundException(string message, Exception innerException)
        : base(message, innerException)
    {
        Container = string.Empty;
        Name = string.Empty;
    }

    public string Container { get; }

    public string Name { get; }
}
