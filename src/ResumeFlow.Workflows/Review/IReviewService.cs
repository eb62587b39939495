namespace ResumeFlow.Workflows.Review;

/// <summary>Human oversight of screening decisions: record a review, and the reports show it.</summary>
public interface IReviewService
{
    /// <summary>
    /// Records the review, appends it to the audit trail and rewrites the screening's reports. Throws
    /// <see cref="Screening.ScreeningException"/> with a stable code for an unknown screening or candidate, a
    /// screening still running, a candidate that failed scoring, or a review without reviewer or reason.
    /// </summary>
    Task<CandidateReview> ReviewAsync(string screeningId, string candidateId, ReviewRequest request, CancellationToken cancellationToken = default);
}
