namespace ResumeFlow.Cli;

/// <summary>A failure the CLI reports as <c>error [code]: message</c> with the given exit code.</summary>
public sealed class CliException : Exception
{
    public CliException(string code, string message, int exitCode = CliExitCodes.Failure)
        : base(message)
    {
        Code = code;
        ExitCode = exitCode;
    }

    public CliException()
        : this(CliErrorCodes.Unexpected, "Unexpected failure.")
    {
    }

    public CliException(string message)
        : this(CliErrorCodes.Unexpected, message)
    {
    }

    public CliException(string message, Exception innerException)
        : base(message, innerException)
    {
        Code = CliErrorCodes.Unexpected;
        ExitCode = CliExitCodes.Failure;
    }

    public string Code { get; }

    public int ExitCode { get; }
}
