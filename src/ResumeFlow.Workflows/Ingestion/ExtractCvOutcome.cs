using ResumeFlow.Core.Documents;

namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// What the extraction step did: the stored artifacts and a small summary for the candidate
/// document, or the stable error code of a file that cannot be read. Never the CV text.
/// </summary>
public sealed record ExtractCvOutcome
{
    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public bool Succeeded => ErrorCode is null;

    public long Size { get; init; }

    public string? Format { get; init; }

    public int? PageCount { get; init; }

    public IReadOnlyList<DocumentFlag> Flags { get; init; } = [];

    public IReadOnlyList<string> Warnings { get; init; } = [];

    public IReadOnlyList<string> SectionKinds { get; init; } = [];

    public string? Name { get; init; }

    public IReadOnlyList<string> Skills { get; init; } = [];

    public double? TotalYearsExperience { get; init; }

    public string? ProfileSource { get; init; }

    public string? TextArtifact { get; init; }

    public string? ProfileArtifact { get; init; }

    public static ExtractCvOutcome Failure(string code, string message, long size = 0, IReadOnlyList<DocumentFlag>? flags = null)
        => new() { ErrorCode = code, ErrorMessage = message, Size = size, Flags = flags ?? [] };
}
