namespace ResumeFlow.Workflows.Ingestion;

/// <summary>The steps IngestCv names in its custom status.</summary>
public static class IngestionSteps
{
    public const string Registering = "registering";
    public const string Extracting = "extracting";
    public const string Saving = "saving";
    public const string Done = "done";
    public const string AlreadyIngested = "already_ingested";
    public const string Failed = "failed";
}
