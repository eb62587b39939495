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
    public const string InstanceNotFound = "instance_not_found";
    public const string Interrupted = "interrupted";
    public const string Unexpected = "unexpected_error";

    /// <summary>Settings that fail validation at start (e.g. Durable:Backend); the message names the setting's own code.</summary>
    public const string InvalidConfiguration = "invalid_configuration";
}
