using System.CommandLine;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary><c>resumeflow ingest &lt;files|folders&gt;</c>: ingest CVs (idempotent: the id is the content hash) and list their ids.</summary>
internal static class IngestCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var paths = new Argument<string[]>("paths") { Description = "CV files or folders.", Arity = ArgumentArity.OneOrMore };
        var command = new Command("ingest", "Ingest CVs into the local stores and print their candidate ids.") { paths };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = CliConsole.Create(environment);
            var files = CvFiles.Find(environment, parse.GetValue(paths)!, console);
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken).ConfigureAwait(false);
            var candidates = await CvIngestion.IngestAsync(host.Services, console, files, cancellationToken).ConfigureAwait(false);
            var table = new Table().Border(TableBorder.Simple);
            table.AddColumn("File");
            table.AddColumn("Candidate id");
            foreach (var c in candidates)
            {
                table.AddRow(Markup.Escape(Path.GetFileName(c.File)), c.CandidateId);
            }

            console.Write(table);
            return CliExitCodes.Ok;
        });
        return command;
    }
}
