namespace ResumeFlow.Cli;

/// <summary>Process exit codes of <c>resumeflow</c>.</summary>
public static class CliExitCodes
{
    public const int Ok = 0;

    /// <summary>The command failed; stderr names a stable error code.</summary>
    public const int Failure = 1;

    /// <summary>The command line was malformed (unknown option, missing argument, bad value).</summary>
    public const int Usage = 2;

    /// <summary>The screening orchestration ended Failed or Terminated.</summary>
    public const int ScreeningFailed = 3;

    /// <summary>Interrupted (Ctrl+C); state is persisted and the same command resumes it.</summary>
    public const int Interrupted = 130;
}
