namespace ResumeFlow.Workflows.Api;

/// <summary>Request limits every front enforces before anything is written.</summary>
public static class ApiLimits
{
    /// <summary>Real postings are a few thousand characters; the text goes into every LLM prompt and is stored with the job.</summary>
    public const int MaxJobTextChars = 100_000;

    /// <summary>A JSON request body (a job, a screening request); uploads have their own limit.</summary>
    public const long MaxBodyBytes = 4L * 1024 * 1024;

    /// <summary>One transcript file (the reader's own limit: a two-hour call is about 150 KB of text).</summary>
    public const long MaxTranscriptBytes = Core.Calls.Transcripts.TranscriptReader.MaxFileBytes;

    /// <summary>All transcripts of one multipart upload together.</summary>
    public const long MaxCallUploadBytes = 64L * 1024 * 1024;

    public const string JobTextTooLong = "job_text_too_long";

    public const string CandidatesRequired = "candidates_required";

    public const string InvalidCandidateId = "invalid_candidate_id";

    /// <summary>Refuses a job text over <see cref="MaxJobTextChars"/>.</summary>
    public static void CheckJobText(string? jobText)
    {
        if (jobText?.Length > MaxJobTextChars)
        {
            throw new ApiException(new ApiError(400, JobTextTooLong, $"The job text has {jobText.Length:N0} characters; the limit is {MaxJobTextChars:N0}."));
        }
    }
}
