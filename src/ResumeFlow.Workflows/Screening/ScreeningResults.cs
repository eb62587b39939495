namespace ResumeFlow.Workflows.Screening;

/// <summary>A page of a screening's ranked results (<c>GET /api/screenings/{id}/results</c>).</summary>
public sealed record ScreeningResults(ScreeningDocument Screening, int Matching, IReadOnlyList<RankedResult> Results);

/// <summary>One ranked result with its rank over the whole screening, and the latest call analysis tied to the candidate.</summary>
public sealed record RankedResult(int Rank, CandidateResultDocument Result)
{
    public Calls.CandidateCallNote? Call { get; init; }
}
