using System.Text.Json.Serialization;
using ResumeFlow.Core.Documents;

namespace ResumeFlow.Core.Candidates;

/// <summary>
/// A candidate as stored in the <c>candidates</c> container (partition key <c>/id</c>). The id is
/// the SHA-256 of the uploaded file, so the same file is one candidate however often it is uploaded.
/// The CV text and the profile live in the artifact store (see <see cref="Artifacts"/>), not here.
/// </summary>
public sealed record CandidateDocument
{
    /// <summary>SHA-256 of the file bytes, lower-case hex (<see cref="CandidateId"/>).</summary>
    [JsonPropertyName("id")]
    public required string Id { get; init; }

    public required string FileName { get; init; }

    public required string ContentType { get; init; }

    /// <summary>File size in bytes.</summary>
    public long Size { get; init; }

    public CandidateStatus Status { get; init; } = CandidateStatus.Pending;

    public CandidateError? Error { get; init; }

    public required CandidateArtifacts Artifacts { get; init; }

    /// <summary>The format the file was read as ("Pdf", "Docx", …), once known.</summary>
    public string? Format { get; init; }

    public int? PageCount { get; init; }

    /// <summary>Document flags (hidden_text, needs_ocr) with what was found.</summary>
    public IReadOnlyList<DocumentFlag> Flags { get; init; } = [];

    /// <summary>Extraction warnings for people (skipped pages, …).</summary>
    public IReadOnlyList<string> Warnings { get; init; } = [];

    /// <summary>The kinds of the sections found, in order (e.g. Header, Summary, Experience, Education, Skills).</summary>
    public IReadOnlyList<string> SectionKinds { get; init; } = [];

    /// <summary>The candidate's name when the profile found one.</summary>
    public string? Name { get; init; }

    /// <summary>Canonical skills of the profile, for listing and filtering without reading the profile.</summary>
    public IReadOnlyList<string> Skills { get; init; } = [];

    public double? TotalYearsExperience { get; init; }

    /// <summary>"deterministic" or "llm".</summary>
    public string? ProfileSource { get; init; }

    /// <summary>The orchestration instance that ingested it.</summary>
    public string? InstanceId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? IngestedAt { get; init; }
}
