namespace ResumeFlow.Workflows.Review;

/// <summary>A reviewer's confirmation or override of one automated decision, with the reason.</summary>
public sealed record ReviewRequest(string? Reviewer, ReviewDecision? Decision, string? Reason)
{
    public const int MaxReviewerChars = 200;
    public const int MaxReasonChars = 4000;
}
