namespace ResumeFlow.Cli;

/// <summary>
/// Where a CLI run reads and writes: its console streams, the directory relative paths resolve
/// against, and configuration that overrides the environment (tests use it instead of env vars).
/// </summary>
public sealed record CliEnvironment(TextWriter Output, TextWriter Error, string WorkingDirectory)
{
    public IReadOnlyDictionary<string, string?> Configuration { get; init; } = new Dictionary<string, string?>();

    /// <summary>Treat the output as a terminal (live progress bar) rather than a log (progress lines).</summary>
    public bool Interactive { get; init; }

    public static CliEnvironment FromConsole() => new(Console.Out, Console.Error, Directory.GetCurrentDirectory())
    {
        Interactive = !Console.IsOutputRedirected,
    };

    public string Resolve(string path) => Path.GetFullPath(path, WorkingDirectory);
}
