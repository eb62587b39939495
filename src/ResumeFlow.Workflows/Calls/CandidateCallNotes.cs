using ResumeFlow.Core.Calls.Aggregation;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Storage.Artifacts;

namespace ResumeFlow.Workflows.Calls;

/// <summary>
/// Links call analyses to candidates by candidate id (<see cref="CallArtifacts.CandidateNote"/>): a run writes one note
/// per linked candidate, screening reads it when it shows that candidate. Only real candidate ids are linked.
/// </summary>
public static class CandidateCallNotes
{
    public static async Task WriteAsync(CallRunStore store, string runId, IEnumerable<CandidateCallSummary> candidates, DateTimeOffset analysedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(candidates);
        foreach (var candidate in candidates.Where(c => CandidateId.IsValid(c.CandidateId)))
        {
            var note = new CandidateCallNote(candidate.CandidateId, runId, candidate.CallIds, candidate.Summary, analysedAt);
            await store.WriteAsync(CallArtifacts.CandidateNote(candidate.CandidateId), note, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The notes of those candidates that have one, by candidate id.</summary>
    public static async Task<IReadOnlyDictionary<string, CandidateCallNote>> FindAsync(IArtifactStore artifacts, IEnumerable<string> candidateIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(artifacts);
        ArgumentNullException.ThrowIfNull(candidateIds);
        var wanted = candidateIds.Where(CandidateId.IsValid).ToHashSet(StringComparer.Ordinal);
        var store = new CallRunStore(artifacts);
        var notes = new Dictionary<string, CandidateCallNote>(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return notes;
        }

        // One listing of the notes, not one lookup per candidate: a screening has many more candidates than calls.
        await foreach (var info in artifacts.ListAsync(CallArtifacts.Container, CallArtifacts.CandidateNotePrefix, cancellationToken).ConfigureAwait(false))
        {
            var id = Path.GetFileNameWithoutExtension(info.Name);
            if (wanted.Contains(id))
            {
                notes[id] = await store.ReadAsync<CandidateCallNote>(info.Name, cancellationToken).ConfigureAwait(false);
            }
        }

        return notes;
    }
}
