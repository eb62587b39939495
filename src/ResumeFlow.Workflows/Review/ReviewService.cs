using Microsoft.DurableTask.Client;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Review;

/// <inheritdoc cref="IReviewService"/>
internal sealed class ReviewService(
    DurableTaskClient client,
    IDocumentStore documents,
    ScreeningReportPublisher publisher,
    IAuditLog audit,
    TimeProvider time) : IReviewService
{
    public async Task<CandidateReview> ReviewAsync(string screeningId, string candidateId, ReviewRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var (reviewer, decision, reason) = Validate(request);
        var screening = await CompletedScreenings.ReadAsync(client, documents, screeningId, cancellationToken).ConfigureAwait(false);
        var result = ScreeningIds.IsValid(candidateId)
            ? await documents.ReadAsync<CandidateResultDocument>(DocumentContainers.Screenings, screeningId, candidateId, cancellationToken).ConfigureAwait(false)
            : null;
        if (result is null || result.Document.Kind != ScreeningDocumentKinds.Result)
        {
            throw new ScreeningException(ScreeningErrorCodes.CandidateNotFound, $"Candidate '{candidateId}' is not part of screening '{screeningId}'.");
        }

        if (result.Document.ErrorCode is { } error)
        {
            throw new ScreeningException(ScreeningErrorCodes.CandidateNotScored, $"Candidate '{candidateId}' was not scored ({error}); retry the screening's failed candidates first.");
        }

        var automated = result.Document.Passed;
        var review = new CandidateReview
        {
            Id = CandidateReview.DocumentId(candidateId),
            ScreeningId = screeningId,
            CandidateId = candidateId,
            Reviewer = reviewer,
            Decision = decision,
            Reason = reason,
            AutomatedPassed = automated,
            Passed = decision == ReviewDecision.Override ? !automated : automated,
            ReviewedAt = time.GetUtcNow(),
        };

        // Audit first: a review that is in effect is always in the trail.
        await audit.AppendAsync(ScreeningAuditEvents.Reviewed(review), cancellationToken).ConfigureAwait(false);
        await documents.UpsertAsync(DocumentContainers.Screenings, screeningId, review.Id, review, cancellationToken: cancellationToken).ConfigureAwait(false);
        await publisher.RepublishAsync(screening, cancellationToken).ConfigureAwait(false);
        return review;
    }

    private static (string Reviewer, ReviewDecision Decision, string Reason) Validate(ReviewRequest request)
    {
        var reviewer = request.Reviewer?.Trim();
        var reason = request.Reason?.Trim();
        if (string.IsNullOrEmpty(reviewer) || reviewer.Length > ReviewRequest.MaxReviewerChars)
        {
            throw new ScreeningException(ScreeningErrorCodes.ReviewInvalid, $"Name the reviewer (1-{ReviewRequest.MaxReviewerChars} characters).");
        }

        if (request.Decision is not { } decision || !Enum.IsDefined(decision))
        {
            throw new ScreeningException(ScreeningErrorCodes.ReviewInvalid, "Give the decision: confirm or override.");
        }

        if (string.IsNullOrEmpty(reason) || reason.Length > ReviewRequest.MaxReasonChars)
        {
            throw new ScreeningException(ScreeningErrorCodes.ReviewInvalid, $"Give the reason for the decision (1-{ReviewRequest.MaxReasonChars} characters).");
        }

        return (reviewer, decision, reason);
    }
}
