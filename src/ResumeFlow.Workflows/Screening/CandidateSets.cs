using System.Collections.Concurrent;
using System.Text.Json;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// Stored candidate sets: the ids a screening (or its LLM pass) covers, written once as a JSON array next to the
/// screening's reports (swept with them) and read back by range. A set never changes once written, so each process
/// keeps the few it read last: a chunk reads its range without fetching the set again.
/// </summary>
internal sealed class CandidateSets(IArtifactStore artifacts)
{
    private const int Capacity = 16;
    private readonly ConcurrentDictionary<string, Lazy<Task<string[]>>> _sets = new(StringComparer.Ordinal);

    /// <summary>The artifact name of the candidate set <paramref name="kind"/> of a screening run (an orchestration instance).</summary>
    public static string Name(string screeningId, string instanceId, string kind) =>
        $"{screeningId}/candidates/{instanceId.Replace(':', '_')}.{kind}.json";

    /// <summary>Whether an artifact of the reports container is a stored candidate set.</summary>
    public static bool IsSet(string artifactName)
    {
        ArgumentNullException.ThrowIfNull(artifactName);
        return artifactName.Contains("/candidates/", StringComparison.Ordinal) && artifactName.EndsWith(".json", StringComparison.Ordinal);
    }

    /// <summary>
    /// Rewrites a stored set without one candidate (erasure). Ranges over it shift, which is safe only because
    /// erasure refuses while an orchestration naming the set runs and purges those that ran.
    /// </summary>
    public static async Task<bool> RemoveCandidateAsync(IArtifactStore artifacts, string name, string candidateId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        string[] ids;
        var stream = await artifacts.OpenReadAsync(ArtifactContainers.Reports, name, cancellationToken).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            ids = await JsonSerializer.DeserializeAsync<string[]>(stream, cancellationToken: cancellationToken).ConfigureAwait(false) ?? [];
        }

        if (!ids.Contains(candidateId, StringComparer.Ordinal))
        {
            return false;
        }

        using var buffer = new MemoryStream(JsonSerializer.SerializeToUtf8Bytes(ids.Where(id => id != candidateId).ToArray()));
        await artifacts.PutAsync(ArtifactContainers.Reports, name, buffer, "application/json", cancellationToken).ConfigureAwait(false);
        return true;
    }

    public async Task<CandidateRange> WriteAsync(string name, IReadOnlyList<string> ids, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(ids);
        using var buffer = new MemoryStream();
        await JsonSerializer.SerializeAsync(buffer, ids, cancellationToken: cancellationToken).ConfigureAwait(false);
        buffer.Position = 0;
        await artifacts.PutAsync(ArtifactContainers.Reports, name, buffer, "application/json", cancellationToken).ConfigureAwait(false);
        _sets[name] = new Lazy<Task<string[]>>(Task.FromResult(ids.ToArray()));
        return new CandidateRange(name, 0, ids.Count);
    }

    public async Task<IReadOnlyList<string>> ReadAsync(CandidateRange range, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(range);
        if (_sets.Count > Capacity)
        {
            _sets.Clear();
        }

        var entry = _sets.GetOrAdd(range.Set, name => new Lazy<Task<string[]>>(() => LoadAsync(name)));
        string[] all;
        try
        {
            all = await entry.Value.WaitAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception) when (!cancellationToken.IsCancellationRequested)
        {
            // A failed read is not cached; the activity's retry reads again.
            _sets.TryRemove(new KeyValuePair<string, Lazy<Task<string[]>>>(range.Set, entry));
            throw;
        }

        if (range.Offset < 0 || range.Count < 0 || range.Offset + range.Count > all.Length)
        {
            throw new ScreeningException(ScreeningErrorCodes.InvalidRequest, $"Candidate range {range.Offset}+{range.Count} is outside set '{range.Set}' ({all.Length} candidates).");
        }

        return new ArraySegment<string>(all, range.Offset, range.Count);
    }

    private async Task<string[]> LoadAsync(string name)
    {
        // Not the caller's token: the load is shared by concurrent readers and cached.
        var stream = await artifacts.OpenReadAsync(ArtifactContainers.Reports, name).ConfigureAwait(false);
        await using (stream.ConfigureAwait(false))
        {
            return await JsonSerializer.DeserializeAsync<string[]>(stream).ConfigureAwait(false) ?? [];
        }
    }
}
