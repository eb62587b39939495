namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// A range of a stored candidate set (<see cref="CandidateSets"/>): the set's name, the first position and how many.
/// A whole set is its range at offset 0. Orchestrations pass these instead of ids, so their history does not grow
/// with the number of candidates.
/// </summary>
public sealed record CandidateRange(string Set, int Offset, int Count)
{
    /// <summary>Consecutive sub-ranges of at most <paramref name="size"/> candidates, covering this one.</summary>
    public IReadOnlyList<CandidateRange> Chunk(int size)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        var chunks = new List<CandidateRange>((Count + size - 1) / size);
        for (var start = 0; start < Count; start += size)
        {
            chunks.Add(this with { Offset = Offset + start, Count = Math.Min(size, Count - start) });
        }

        return chunks;
    }

    /// <summary>The first <paramref name="count"/> candidates of this range.</summary>
    public CandidateRange Take(int count) => this with { Count = Math.Clamp(count, 0, Count) };
}
