using System.CommandLine;
using Microsoft.Extensions.Options;
using ResumeFlow.Cli.Commands;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Durable.Hosting;
using ResumeFlow.Workflows.Privacy;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Cli;

/// <summary>The <c>resumeflow</c> command line: screen, ingest, status, results, retry-failed.</summary>
public static class ResumeFlowCli
{
    /// <summary>Parses and runs one command line; returns the process exit code (see <see cref="CliExitCodes"/>).</summary>
    public static async Task<int> RunAsync(string[] args, CliEnvironment environment, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(environment);

        var root = BuildRootCommand(environment);
        var parse = root.Parse(args);
        if (parse.Errors.Count == 0 && parse.GetValue<DurableBackend?>(BackendOptionName) is { } backend)
        {
            // The commands read the backend from configuration like every other setting: the option overrides it.
            environment = environment with { Configuration = new Dictionary<string, string?>(environment.Configuration) { ["Durable:Backend"] = backend.ToString() } };
            root = BuildRootCommand(environment);
            parse = root.Parse(args);
        }
        if (parse.Errors.Count > 0)
        {
            foreach (var error in parse.Errors)
            {
                await environment.Error.WriteLineAsync($"error [usage]: {error.Message}").ConfigureAwait(false);
            }

            await environment.Error.WriteLineAsync("Run 'resumeflow --help' for usage.").ConfigureAwait(false);
            return CliExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = environment.Output, Error = environment.Error, EnableDefaultExceptionHandler = false };
        try
        {
            return await parse.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
        }
        catch (CliException ex)
        {
            await WriteErrorAsync(environment, ex.Code, ex.Message).ConfigureAwait(false);
            return ex.ExitCode;
        }
        catch (ScreeningException ex)
        {
            await WriteErrorAsync(environment, ex.Code, ex.Message).ConfigureAwait(false);
            return CliExitCodes.Failure;
        }
        catch (OptionsValidationException ex)
        {
            await WriteErrorAsync(environment, CliErrorCodes.InvalidConfiguration, ex.Message).ConfigureAwait(false);
            return CliExitCodes.Usage;
        }
        catch (OperationCanceledException)
        {
            await WriteErrorAsync(environment, CliErrorCodes.Interrupted, "Interrupted. Progress is saved; run the same command again to resume.").ConfigureAwait(false);
            return CliExitCodes.Interrupted;
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            await WriteErrorAsync(environment, CliErrorCodes.Unexpected, $"{ex.GetType().Name}: {ex.Message}").ConfigureAwait(false);
            return CliExitCodes.Failure;
        }
    }

    internal static RootCommand BuildRootCommand(CliEnvironment environment)
    {
        var data = new Option<string>("--data")
        {
            Description = "Folder of the embedded stores and engine state (SQLite + files); default ~/.local/share/resumeflow/cli (created 0700).",
            DefaultValueFactory = _ => DataFolder.DefaultFor(CliHost.DataFolderApp),
            Recursive = true,
        };

        var backend = new Option<DurableBackend?>(BackendOptionName)
        {
            Description = "Durable backend: Sqlite (embedded, default) or AzureStorage (a shared task hub, settings Durable:AzureStorage:*); overrides Durable:Backend.",
            Recursive = true,
        };

        var root = new RootCommand("ResumeFlow: screen CVs against a job description, on this machine.")
        {
            data,
            backend,
        };
        root.Subcommands.Add(ScreenCommand.Create(environment, data));
        root.Subcommands.Add(IngestCommand.Create(environment, data));
        root.Subcommands.Add(StatusCommand.Create(environment, data));
        root.Subcommands.Add(ResultsCommand.Create(environment, data));
        root.Subcommands.Add(RetryFailedCommand.Create(environment, data));
        root.Subcommands.Add(ReviewCommand.Create(environment, data));
        root.Subcommands.Add(AuditCommand.Create(environment, data));
        root.Subcommands.Add(EraseCommand.Create(environment, data));
        root.Subcommands.Add(RetentionCommand.Create(environment, data));
        root.Subcommands.Add(AnalyzeCommand.Create(environment, data));
        root.Subcommands.Add(CallsCommand.Create(environment, data));
        root.Subcommands.Add(SelectionRatesCommand.Create(environment, data));
        root.Subcommands.Add(BatchCommand.Create(environment, data));
        return root;
    }

    internal const string BackendOptionName = "--backend";

    internal static Task WriteErrorAsync(CliEnvironment environment, string code, string message) =>
        environment.Error.WriteLineAsync($"error [{code}]: {message}");
}
