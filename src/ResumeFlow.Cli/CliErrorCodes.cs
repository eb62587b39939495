namespace ResumeFlow.Cli;

/// <summary>Stable error codes the CLI prints (in addition to the screening and ingestion codes it passes on).</summary>
public static class CliErrorCodes
{
    public const string JobFileNotFound = "job_file_not_found";
    public const string CvPathNotFound = "cv_path_not_found";
    public const string NoCvFiles = "no_cv_files";
    public const string IngestFailed = "ingest_failed";
    public const string InstanceNotFound = "instance_not_found";
    public const string Interrupted = "interrupted";
    public const string Unexpected = "unexpected_error";
}
