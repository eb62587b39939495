namespace ResumeFlow.Workflows.Audit;

/// <summary>The kinds of <see cref="AuditEvent"/> (stable strings: exports and tests match on them).</summary>
public static class AuditEventKinds
{
    public const string ScreeningStarted = "screening_started";
    public const string ScreeningRetried = "screening_retried";

    /// <summary>A candidate's score, with scorer and prompt versions, model, deployment, LLM request id and tokens.</summary>
    public const string CandidateScored = "candidate_scored";

    public const string DecisionReviewed = "decision_reviewed";
    public const string CandidateErased = "candidate_erased";
    public const string RetentionPurged = "retention_purged";
}
