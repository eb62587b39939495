using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.Cli.Commands;

/// <summary><c>resumeflow results &lt;screeningId&gt; --top N</c>: the ranking of a completed screening.</summary>
internal static class ResultsCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("screeningId") { Description = "The screening id (printed by 'screen')." };
        var top = new Option<int>("--top") { Description = "Rows to print.", DefaultValueFactory = _ => 10 };
        var minScore = new Option<double?>("--min-score") { Description = "Only candidates at or above this score." };
        var command = new Command("results", "Print the ranked results of a screening.") { id, top, minScore };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken, runEngine: false).ConfigureAwait(false);
            var screening = host.Services.GetRequiredService<IScreeningService>();
            var results = await screening.GetResultsAsync(parse.GetValue(id)!, parse.GetValue(top), parse.GetValue(minScore), cancellationToken).ConfigureAwait(false);
            ResultsTable.Write(CliConsole.Create(environment), results);
            return CliExitCodes.Ok;
        });
        return command;
    }
}
