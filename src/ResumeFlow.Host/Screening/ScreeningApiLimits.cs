namespace ResumeFlow.Host.Screening;

/// <summary>Size limits of the screening API's JSON bodies.</summary>
internal static class ScreeningApiLimits
{
    /// <summary>
    /// 100,000 characters of job text (about 15,000 words). Real postings run to a few thousand
    /// characters; the text is stored with the job and goes into every LLM scoring prompt, so a
    /// larger one is a mistake or an attack, and costs per candidate.
    /// </summary>
    public const int MaxJobTextChars = 100_000;

    /// <summary>A JSON body (job text plus up to ~50,000 candidate ids) is read whole, so it is capped.</summary>
    public const long MaxBodyBytes = 4L * 1024 * 1024;

    public const string JobTextTooLong = "job_text_too_long";
    public const string CandidatesRequired = "candidates_required";
    public const string InvalidCandidateId = "invalid_candidate_id";
}
