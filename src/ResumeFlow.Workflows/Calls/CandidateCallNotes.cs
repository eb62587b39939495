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
        ArgumentNullException.ThrowIfNull(candidateIds);
        var store = new CallRunStore(artifacts);
        var notes = new Dictionary<string, CandidateCallNote>(StringComparer.Ordinal);
        foreach (var id in candidateIds.Where(CandidateId.IsValid).Distinct(StringComparer.Ordinal))
        {
            if (await store.TryReadAsync<CandidateCallNote>(CallArtifacts.CandidateNote(id), cancellationToken).ConfigureAwait(false) is { } note)
            {
                notes[id] = note;
            }
        }

        return notes;
    }
}
