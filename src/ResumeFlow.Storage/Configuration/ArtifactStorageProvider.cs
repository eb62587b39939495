namespace ResumeFlow.Storage.Configuration;

/// <summary>Where artifacts live.</summary>
public enum ArtifactStorageProvider
{
    /// <summary>A local folder; one subfolder per container (the embedded default).</summary>
    FileSystem,

    /// <summary>Azure Blob Storage (or Azurite).</summary>
    Blob,
}
