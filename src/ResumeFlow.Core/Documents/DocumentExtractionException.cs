namespace ResumeFlow.Core.Documents;

/// <summary>A document could not be read; <see cref="ErrorCode"/> is one of <see cref="DocumentErrorCodes"/>.</summary>
public sealed class DocumentExtractionException : Exception
{
    public DocumentExtractionException(string errorCode, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        ErrorCode = errorCode;
    }

    public DocumentExtractionException()
        : this(DocumentErrorCodes.CorruptFile, "The document could not be read.")
    {
    }

    public DocumentExtractionException(string message)
        : this(DocumentErrorCodes.CorruptFile, message)
    {
    }

    public DocumentExtractionException(string message, Exception innerException)
        : this(DocumentErrorCodes.CorruptFile, message, innerException)
    {
    }

    public string ErrorCode { get; }
}
