using System.Text.Json.Serialization;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Review;

/// <summary>
/// A person's latest review of one candidate's result, stored beside the results in <c>screenings</c>
/// (id <c>review-{candidateId}</c>). Every review, earlier ones included, is also in the audit trail.
/// </summary>
public sealed record CandidateReview
{
    [JsonPropertyName("id")]
    public string Id { get; init; } = string.Empty;

    [JsonPropertyName("screeningId")]
    public string ScreeningId { get; init; } = string.Empty;

    [JsonPropertyName("kind")]
    public string Kind { get; init; } = ScreeningDocumentKinds.Review;

    public string CandidateId { get; init; } = string.Empty;

    public string Reviewer { get; init; } = string.Empty;

    public ReviewDecision Decision { get; init; }

    public string Reason { get; init; } = string.Empty;

    /// <summary>What the scoring decided.</summary>
    public bool AutomatedPassed { get; init; }

    /// <summary>The decision that stands after the review.</summary>
    public bool Passed { get; init; }

    public DateTimeOffset ReviewedAt { get; init; }

    public static string DocumentId(string candidateId) => "review-" + candidateId;
}
