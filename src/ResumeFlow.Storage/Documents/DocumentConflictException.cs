namespace ResumeFlow.Storage.Documents;

/// <summary>A conditional write found another ETag than the one it was given (HTTP 412 on Cosmos).</summary>
public sealed class DocumentConflictException : Exception
{
    public DocumentConflictException()
    {
    }

    public DocumentConflictException(string message)
        : base(message)
    {
    }

    public DocumentConflictException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
