namespace ResumeFlow.Core.Calls.Transcripts;

/// <summary>A transcript that cannot be read; <see cref="Code"/> is one of <see cref="TranscriptErrorCodes"/>.</summary>
public sealed class TranscriptException : Exception
{
    public TranscriptException()
    {
        Code = TranscriptErrorCodes.Unreadable;
    }

    public TranscriptException(string message)
        : base(message)
    {
        Code = TranscriptErrorCodes.Unreadable;
    }

    public TranscriptException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = TranscriptErrorCodes.Unreadable;
    }

    public TranscriptException(string code, string message, Exception? innerException = null)
        : base(message, innerException)
    {
        Code = code;
    }

    public string Code { get; }
}
