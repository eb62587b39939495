using System.Globalization;
using ResumeFlow.Core.Scoring;
using ResumeFlow.Core.Scoring.Rubric;
using ResumeFlow.Workflows.Review;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Workflows.Audit;

/// <summary>The audit events of a screening, each with a deterministic id so recording it twice is a no-op.</summary>
public static class ScreeningAuditEvents
{
    public static AuditEvent Started(string screeningId, string jobId, ScreeningOptions options, int candidates, string actor, DateTimeOffset at, bool retry = false)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new AuditEvent
        {
            Id = (retry ? "retried-" : "started-") + at.UtcTicks.ToString(CultureInfo.InvariantCulture),
            Partition = screeningId,
            Kind = retry ? AuditEventKinds.ScreeningRetried : AuditEventKinds.ScreeningStarted,
            At = at,
            Actor = actor,
            ScreeningId = screeningId,
            Details = new Dictionary<string, string?>
            {
                ["jobId"] = jobId,
                ["candidates"] = Invariant(candidates),
                ["threshold"] = Invariant(options.Threshold),
                ["useLlm"] = Invariant(options.UseLlm),
                ["llmTopK"] = options.LlmTopK is { } k ? Invariant(k) : null,
                ["llmMinScore"] = options.LlmMinScore is { } m ? Invariant(m) : null,
                ["provisionalRejections"] = Invariant(options.ProvisionalRejections),
            },
        };
    }

    /// <summary>One candidate's result as scored: versions, model, LLM request id, tokens and cost.</summary>
    public static AuditEvent Scored(CandidateResultDocument result)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new AuditEvent
        {
            Id = $"scored-{result.CandidateId}-{result.ScoredAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
            Partition = result.ScreeningId,
            Kind = AuditEventKinds.CandidateScored,
            At = result.ScoredAt,
            Actor = AuditActors.System,
            ScreeningId = result.ScreeningId,
            CandidateId = result.CandidateId,
            Details = new Dictionary<string, string?>
            {
                ["score"] = Invariant(result.Score),
                ["deterministicScore"] = Invariant(result.DeterministicScore),
                ["llmScore"] = result.LlmScore is { } llm ? Invariant(llm) : null,
                ["passed"] = Invariant(result.Passed),
                ["knockedOut"] = Invariant(result.KnockedOut),
                ["scorerVersion"] = DeterministicScorer.Version,
                ["promptVersion"] = result.LlmScore is null ? null : ScoringRubric.PromptVersion,
                ["deployment"] = result.LlmModel,
                ["llmRequestId"] = result.LlmRequestId,
                ["inputTokens"] = Invariant(result.InputTokens),
                ["outputTokens"] = Invariant(result.OutputTokens),
                ["costUsd"] = result.CostUsd is { } cost ? Invariant(cost) : null,
                ["errorCode"] = result.ErrorCode,
            },
        };
    }

    public static AuditEvent Reviewed(CandidateReview review)
    {
        ArgumentNullException.ThrowIfNull(review);
        return new AuditEvent
        {
            Id = $"review-{review.CandidateId}-{review.ReviewedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)}",
            Partition = review.ScreeningId,
            Kind = AuditEventKinds.DecisionReviewed,
            At = review.ReviewedAt,
            Actor = review.Reviewer,
            ScreeningId = review.ScreeningId,
            CandidateId = review.CandidateId,
            Details = new Dictionary<string, string?>
            {
                ["decision"] = review.Decision.ToString().ToLowerInvariant(),
                ["automatedPassed"] = Invariant(review.AutomatedPassed),
                ["passed"] = Invariant(review.Passed),
                ["reason"] = review.Reason,
            },
        };
    }

    private static string Invariant(IFormattable value) => value.ToString(null, CultureInfo.InvariantCulture);

    private static string Invariant(bool value) => value ? "true" : "false";
}
