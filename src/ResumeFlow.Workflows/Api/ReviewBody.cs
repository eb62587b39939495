using ResumeFlow.Workflows.Review;

namespace ResumeFlow.Workflows.Api;

/// <summary>The body of <c>POST /api/screenings/{id}/candidates/{candidateId}/review</c> on every front.</summary>
public sealed record ReviewBody(string? Reviewer, string? Decision, string? Reason)
{
    /// <summary>An unknown decision becomes null, which the service refuses with <c>review_invalid</c>.</summary>
    public ReviewRequest ToRequest() => new(
        Reviewer,
        Decision?.Trim().ToUpperInvariant() switch
        {
            "CONFIRM" => ReviewDecision.Confirm,
            "OVERRIDE" => ReviewDecision.Override,
            _ => null,
        },
        Reason);
}
