namespace ResumeFlow.Cli;

/// <summary>Stable error codes the CLI prints (in addition to the screening and ingestion codes it passes on).</summary>
public static class CliErrorCodes
{
    public const string JobFileNotFound = "job_file_not_found";
    public const string CvPathNotFound = "cv_path_not_found";
    public const string NoCvFiles = "no_cv_files";
    public const string IngestFailed = "ingest_failed";

    /// <summary>A CV entry could not be listed, opened or read; it is skipped.</summary>
    public const string CvUnreadable = "cv_unreadable";

    /// <summary>A CV symlink points nowhere; it is skipped.</summary>
    public const string CvSymlinkDangling = "cv_symlink_dangling";

    /// <summary>A symlink leading out of the given folder (or to a folder) is not followed.</summary>
    public const string CvSymlinkSkipped = "cv_symlink_not_followed";
    public const string TranscriptsNotFound = "transcripts_not_found";
    public const string NoTranscriptFiles = "no_transcript_files";
    public const string InvalidCandidateId = "invalid_candidate_id";
    public const string CallAnalysisFailed = "call_analysis_failed";
    public const string AttributesFileNotFound = "attributes_file_not_found";
    public const string InstanceNotFound = "instance_not_found";

    /// <summary>The analysis orchestration ended Failed or Terminated.</summary>
    public const string AnalysisFailed = "analysis_failed";

    /// <summary>A batch run ended failed or terminated.</summary>
    public const string BatchFailed = "batch_failed";
    public const string Interrupted = "interrupted";

    /// <summary>A retention sweep with no period set.</summary>
    public const string RetentionNotConfigured = "retention_not_configured";

    /// <summary>A command that cannot be undone was run without <c>--yes</c>.</summary>
    public const string ConfirmationRequired = "confirmation_required";

    /// <summary>A candidate id prefix that matches more than one candidate of the screening.</summary>
    public const string CandidateAmbiguous = "candidate_ambiguous";
    public const string Unexpected = "unexpected_error";

    /// <summary>Settings that fail validation at start (e.g. Durable:Backend); the message names the setting's own code.</summary>
    public const string InvalidConfiguration = "invalid_configuration";
}
