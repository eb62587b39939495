namespace ResumeFlow.Workflows.Ingestion;

/// <summary>
/// Ends an IngestCv instance whose file cannot be ingested; the message starts with the stable
/// error code ("corrupt_file: …") so the management API's output shows it.
/// </summary>
public sealed class IngestionFailedException : Exception
{
    public IngestionFailedException(string errorCode, string message)
        : base($"{errorCode}: {message}")
    {
        ErrorCode = errorCode;
    }

    public IngestionFailedException()
        : this("ingestion_failed", "The CV could not be ingested.")
    {
    }

    public IngestionFailedException(string message)
        : this("ingestion_failed", message)
    {
    }

    public IngestionFailedException(string message, Exception innerException)
        : base(message, innerException)
    {
        ErrorCode = "ingestion_failed";
    }

    public string ErrorCode { get; }
}
