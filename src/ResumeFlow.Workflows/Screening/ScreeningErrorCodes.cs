namespace ResumeFlow.Workflows.Screening;

/// <summary>Stable error codes of screening (snake_case; clients and tests match on them).</summary>
public static class ScreeningErrorCodes
{
    public const string InvalidRequest = "invalid_request";
    public const string JobRequired = "job_required";
    public const string JobNotFound = "job_not_found";
    public const string JobEmpty = "job_empty";
    public const string CandidateNotFound = "candidate_not_found";
    public const string NoCandidates = "no_candidates";
    public const string InvalidOptions = "invalid_options";

    /// <summary>Screening weights out of range, all zero, or naming a requirement the job does not have.</summary>
    public const string InvalidWeights = "invalid_weights";
    public const string ScreeningNotFound = "screening_not_found";
    public const string ScreeningNotCompleted = "screening_not_completed";
    public const string ScreeningFailed = "screening_failed";
    public const string NothingToRetry = "nothing_to_retry";
    public const string ReportNotFound = "report_not_found";

    /// <summary>No candidate attributes are stored for the screening (selection rates need them).</summary>
    public const string AttributesNotFound = "attributes_not_found";
    public const string UnknownReportFormat = "unknown_report_format";

    /// <summary>A candidate's text or profile is missing from the stores.</summary>
    public const string CandidateTextMissing = "candidate_text_missing";

    /// <summary>The deterministic scoring activity failed after its retries.</summary>
    public const string ScoreFailed = "score_failed";

    /// <summary>The LLM re-score failed after its retries; the deterministic score stands.</summary>
    public const string LlmScoreFailed = "llm_score_failed";

    /// <summary>A budget was given but the scoring model has no known price, so the cost cannot be capped.</summary>
    public const string PriceUnknown = "price_unknown";

    /// <summary>A whole chunk sub-orchestration failed.</summary>
    public const string ChunkFailed = "chunk_failed";

    /// <summary>A review without reviewer, decision or reason, or with one too long.</summary>
    public const string ReviewInvalid = "review_invalid";

    /// <summary>A review of a candidate whose scoring failed: there is no decision to confirm or override.</summary>
    public const string CandidateNotScored = "candidate_not_scored";
}
