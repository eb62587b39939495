namespace ResumeFlow.Cli.Tests;

/// <summary>A temp working folder with a job description and a few CVs of clearly different fit, and a way to run the CLI in it.</summary>
internal sealed class CliTestFolder : IDisposable
{
    public const string Job = """
        # Senior Backend Engineer

        ## Requirements
        - 5+ years of experience building backend services
        - Strong C# and .NET
        - SQL and PostgreSQL
        - Docker and Kubernetes

        ## Nice to have
        - Azure
        - Redis
        """;

    public CliTestFolder()
    {
        Root = Path.Combine(Path.GetTempPath(), "resumeflow-cli-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Root, "cvs"));
        File.WriteAllText(Path.Combine(Root, "job.md"), Job);
        File.WriteAllText(Path.Combine(Root, "cvs", "alice.md"), """
            # Alice Strong
            Senior Backend Engineer

            ## Experience
            Backend Engineer, Contoso (2015 - 2025)
            - Built C# .NET services on Kubernetes and Docker
            - Designed PostgreSQL schemas and SQL queries
            - Ran Redis caches on Azure

            ## Education
            BSc Computer Science
            """);
        File.WriteAllText(Path.Combine(Root, "cvs", "carol.txt"), """
            Carol Medium
            Software Engineer

            Experience
            Software Engineer, Initech (2019 - 2025)
            - Java services with SQL and Docker
            - Some C# tooling
            """);
        File.WriteAllText(Path.Combine(Root, "cvs", "bob.txt"), """
            Bob Weak
            Frontend developer

            Experience
            Web Developer, Fabrikam (2022 - 2025)
            - React, TypeScript and CSS
            """);
    }

    public string Root { get; }

    public Task<CliRun> RunAsync(params string[] args) => RunWithAsync(new Dictionary<string, string?>(), args);

    /// <summary>Runs the CLI with configuration overrides (as environment variables would give).</summary>
    public async Task<CliRun> RunWithAsync(IReadOnlyDictionary<string, string?> configuration, params string[] args)
    {
        using var output = new StringWriter();
        using var error = new StringWriter();
        var environment = new CliEnvironment(output, error, Root) { Configuration = configuration };
        var exitCode = await ResumeFlowCli.RunAsync(args, environment, TestContext.Current.CancellationToken);
        return new CliRun(exitCode, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}

internal sealed record CliRun(int ExitCode, string Output, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout\n{Output}\n--- stderr\n{Error}";
}
