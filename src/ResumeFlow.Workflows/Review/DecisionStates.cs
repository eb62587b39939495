namespace ResumeFlow.Workflows.Review;

/// <summary>How a candidate's decision stands in a report (stable strings).</summary>
public static class DecisionStates
{
    /// <summary>Decided by the scoring, not reviewed (and not required to be).</summary>
    public const string Automated = "automated";

    /// <summary>An automated rejection that counts as provisional until a person reviews it.</summary>
    public const string PendingReview = "pending_review";

    public const string Confirmed = "confirmed";
    public const string Overridden = "overridden";
}
