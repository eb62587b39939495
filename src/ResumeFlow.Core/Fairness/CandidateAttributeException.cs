namespace ResumeFlow.Core.Fairness;

/// <summary>A supplied attribute file or body that cannot be used; <see cref="Code"/> is stable.</summary>
public sealed class CandidateAttributeException : Exception
{
    public const string InvalidAttributes = "invalid_attributes";

    public CandidateAttributeException(string message)
        : base(message)
    {
    }

    public CandidateAttributeException()
        : this("The candidate attributes are invalid.")
    {
    }

    public CandidateAttributeException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Code => InvalidAttributes;
}
