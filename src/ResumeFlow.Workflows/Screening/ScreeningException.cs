namespace ResumeFlow.Workflows.Screening;

/// <summary>A screening request or operation that cannot proceed, with a stable <see cref="Code"/> from <see cref="ScreeningErrorCodes"/>.</summary>
public sealed class ScreeningException : Exception
{
    public ScreeningException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public ScreeningException()
        : this(ScreeningErrorCodes.InvalidRequest, "Invalid screening request.")
    {
    }

    public ScreeningException(string message)
        : this(ScreeningErrorCodes.InvalidRequest, message)
    {
    }

    public ScreeningException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ScreeningErrorCodes.InvalidRequest;
    }

    public string Code { get; }

    /// <summary>True for codes that mean "no such thing" (HTTP 404) rather than a malformed request (400/409).</summary>
    public bool IsNotFound => Code is ScreeningErrorCodes.JobNotFound or ScreeningErrorCodes.CandidateNotFound
        or ScreeningErrorCodes.ScreeningNotFound or ScreeningErrorCodes.ReportNotFound or ScreeningErrorCodes.AttributesNotFound;
}
