namespace ResumeFlow.Storage.Artifacts;

/// <summary>
/// Named binary artifacts in containers (Blob Storage, or a folder on the embedded default):
/// uploaded CVs, extracted text, profile JSON, reports, batch files. Names are blob-style paths.
/// </summary>
public interface IArtifactStore
{
    /// <summary>Writes (or overwrites) an artifact; returns its new ETag.</summary>
    Task<string> PutAsync(string container, string name, Stream content, string contentType, CancellationToken cancellationToken = default);

    /// <summary>Opens an artifact for reading; throws <see cref="ArtifactNotFoundException"/> when it does not exist.</summary>
    Task<Stream> OpenReadAsync(string container, string name, CancellationToken cancellationToken = default);

    Task<ArtifactInfo?> GetInfoAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Deletes an artifact; returns false when there was none.</summary>
    Task<bool> DeleteAsync(string container, string name, CancellationToken cancellationToken = default);

    /// <summary>Lists a container's artifacts, optionally under a name prefix, in name order.</summary>
    IAsyncEnumerable<ArtifactInfo> ListAsync(string container, string? prefix = null, CancellationToken cancellationToken = default);
}
