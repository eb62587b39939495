namespace ResumeFlow.Workflows.Erasure;

/// <summary>An erasure that cannot proceed, with a stable <see cref="Code"/> from <see cref="ErasureErrorCodes"/>; nothing was removed.</summary>
public sealed class ErasureException : Exception
{
    public ErasureException(string code, string message)
        : base(message)
    {
        Code = code;
    }

    public ErasureException()
        : this(ErasureErrorCodes.CandidateNotFound, "Nothing to erase.")
    {
    }

    public ErasureException(string message)
        : this(ErasureErrorCodes.CandidateNotFound, message)
    {
    }

    public ErasureException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = ErasureErrorCodes.CandidateNotFound;
    }

    public string Code { get; }
}
