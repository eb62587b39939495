using ResumeFlow.Core.Candidates;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>A candidate's row in the search index: what a list shows and a search matches, without reading the candidate.</summary>
public sealed record CandidateSearchEntry
{
    public required string Id { get; init; }

    public required string FileName { get; init; }

    public string? Name { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public CandidateStatus Status { get; init; }

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    /// <summary>Document flag codes (hidden_text, needs_ocr, …).</summary>
    public IReadOnlyList<string> Flags { get; init; } = [];

    public DateTimeOffset CreatedAt { get; init; }

    public static CandidateSearchEntry From(CandidateDocument candidate)
    {
        ArgumentNullException.ThrowIfNull(candidate);
        return new CandidateSearchEntry
        {
            Id = candidate.Id,
            FileName = candidate.FileName,
            Name = candidate.Name,
            Skills = candidate.Skills,
            Status = candidate.Status,
            ErrorCode = candidate.Error?.Code,
            ErrorMessage = candidate.Error?.Message,
            Flags = [.. candidate.Flags.Select(f => f.Code)],
            CreatedAt = candidate.CreatedAt,
        };
    }

    /// <summary>Whether the name, file name or a skill contains <paramref name="term"/> (case-insensitive).</summary>
    public bool Matches(string term)
        => (Name?.Contains(term, StringComparison.OrdinalIgnoreCase) ?? false)
            || FileName.Contains(term, StringComparison.OrdinalIgnoreCase)
            || Skills.Any(s => s.Contains(term, StringComparison.OrdinalIgnoreCase));
}
