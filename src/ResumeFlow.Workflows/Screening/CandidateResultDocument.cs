using System.Text.Json.Serialization;
using ResumeFlow.Core.Scoring;

namespace ResumeFlow.Workflows.Screening;

/// <summary>
/// One candidate's result in one screening, stored in <c>screenings</c> with partition = screening id
/// and id = candidate id: the scores, the evidence a recruiter can check, and the error if any.
/// </summary>
public sealed record CandidateResultDocument
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("screeningId")]
    public string ScreeningId { get; init; } = string.Empty;

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = ScreeningDocumentKinds.Result;

    public string CandidateId { get; init; } = string.Empty;

    /// <summary>The uploaded file name, for people; the id is the content hash.</summary>
    public string? FileName { get; init; }

    public string? CandidateName { get; init; }

    /// <summary>The score the ranking uses: the LLM's when it scored the candidate, else the deterministic one.</summary>
    public double Score { get; init; }

    public double DeterministicScore { get; init; }

    public double? LlmScore { get; init; }

    public bool KnockedOut { get; init; }

    /// <summary>Fraction (0–1) of the job's must-have requirements the CV covers; breaks ties in the ranking.</summary>
    public double MustHaveCoverage { get; init; }

    /// <summary>Why the candidate was knocked out: each mandatory requirement absent with no equivalent, and why.</summary>
    public IReadOnlyList<string> KnockOuts { get; init; } = [];

    public bool Passed { get; init; }

    /// <summary>Whether the pre-filter sent this candidate to the LLM (a retry re-scores it the same way).</summary>
    public bool LlmSelected { get; init; }

    public IReadOnlyList<string> MatchedSkills { get; init; } = [];

    /// <summary>Must-haves absent or only partly met; never one of <see cref="MatchedSkills"/>.</summary>
    public IReadOnlyList<string> MissingMustHaves { get; init; } = [];

    /// <summary>Every requirement of the job graded: met, met by an equivalent (which), partly met or absent, with why.</summary>
    public IReadOnlyList<RequirementResult> Requirements { get; init; } = [];

    public IReadOnlyList<CandidateCriterionResult> Criteria { get; init; } = [];

    /// <summary>The strongest evidence lines across criteria, quoted from the CV.</summary>
    public IReadOnlyList<string> Evidence { get; init; } = [];

    public string? LlmSummary { get; init; }

    public string? LlmModel { get; init; }

    /// <summary>The provider's completion id of the LLM call behind <see cref="LlmScore"/>, for the audit trail.</summary>
    public string? LlmRequestId { get; init; }

    public int InputTokens { get; init; }

    public int OutputTokens { get; init; }

    public decimal? CostUsd { get; init; } = 0m;

    public string? ErrorCode { get; init; }

    public string? ErrorMessage { get; init; }

    public DateTimeOffset ScoredAt { get; init; }
}
