namespace ResumeFlow.Workflows.Analysis;

/// <summary>An analysis input problem with a stable <see cref="Code"/> from <see cref="AnalysisErrorCodes"/>.</summary>
public sealed class AnalysisException : Exception
{
    public AnalysisException(string code, string message)
        : base(code + ": " + message) => Code = code;

    public AnalysisException()
    {
    }

    public AnalysisException(string message)
        : base(message)
    {
    }

    public AnalysisException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public string Code { get; } = "analysis_failed";
}
