namespace ResumeFlow.Workflows.Ingestion;

/// <summary>Registered names of the IngestCv orchestrator and its activities (the Functions app uses the same names).</summary>
public static class IngestionTaskNames
{
    public const string IngestCv = "IngestCv";
    public const string RegisterCandidate = "IngestCv_RegisterCandidate";
    public const string ExtractCv = "IngestCv_ExtractCv";
    public const string SaveCandidate = "IngestCv_SaveCandidate";

    /// <summary>The instance id for a candidate: one instance per file content, so a re-upload finds the first one.</summary>
    public static string InstanceIdFor(string candidateId) => "ingest-" + candidateId;
}
