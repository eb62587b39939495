namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Error codes of ingestion beyond the extractor's (<c>DocumentErrorCodes</c>).</summary>
public static class IngestionErrorCodes
{
    /// <summary>The uploaded blob is gone.</summary>
    public const string UploadMissing = "upload_missing";

    /// <summary>The blob was overwritten with other content after the ingestion started.</summary>
    public const string UploadChanged = "upload_changed";

    /// <summary>The text was read but building its sections or profile failed.</summary>
    public const string ProfileFailed = "profile_failed";

    /// <summary>The upload's file name is not usable (empty, or a path).</summary>
    public const string InvalidFileName = "invalid_file_name";
}
