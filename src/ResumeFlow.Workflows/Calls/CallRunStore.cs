using System.Text.Json;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Calls;

/// <summary>Reads and writes a run's JSON documents in the artifact store (<see cref="CallArtifacts"/>).</summary>
public sealed class CallRunStore
{
    private readonly IArtifactStore _artifacts;

    public CallRunStore(IArtifactStore artifacts)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        _artifacts = artifacts;
    }

    public IArtifactStore Artifacts => _artifacts;

    public async Task WriteAsync<T>(string name, T value, CancellationToken cancellationToken = default)
    {
        using var buffer = new MemoryStream();
        await JsonSerializer.SerializeAsync(buffer, value, CallsJson.Options, cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await _artifacts.PutAsync(CallArtifacts.Container, name, buffer, "application/json", cancellationToken).ConfigureAwait(false);
    }

    public async Task<T> ReadAsync<T>(string name, CancellationToken cancellationToken = default)
    {
        var stream = await _artifacts.OpenReadAsync(CallArtifacts.Container, name, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync<T>(stream, CallsJson.Options, cancellationToken).ConfigureAwait(false)
                ?? throw new InvalidDataException($"'{name}' holds no value.");
        }
    }

    /// <summary>The value, or default when the document does not exist.</summary>
    public async Task<T?> TryReadAsync<T>(string name, CancellationToken cancellationToken = default)
    {
        if (await _artifacts.GetInfoAsync(CallArtifacts.Container, name, cancellationToken).ConfigureAwait(false) is null)
        {
            return default;
        }

        return await ReadAsync<T>(name, cancellationToken).ConfigureAwait(false);
    }
}
