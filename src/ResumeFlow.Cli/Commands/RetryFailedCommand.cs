using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Screening;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary><c>resumeflow retry-failed &lt;screeningId&gt;</c>: re-score only the failed candidates and rewrite the report.</summary>
internal static class RetryFailedCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("screeningId") { Description = "The screening id." };
        var top = new Option<int>("--top") { Description = "Rows of the printed ranking.", DefaultValueFactory = _ => 10 };
        var command = new Command("retry-failed", "Re-score the failed candidates of a screening.") { id, top };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = CliConsole.Create(environment);
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken).ConfigureAwait(false);
            var screening = host.Services.GetRequiredService<IScreeningService>();
            var start = await screening.RetryFailedAsync(parse.GetValue(id)!, Environment.UserName, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"Retrying {start.Candidates} failed candidate(s) of [bold]{start.ScreeningId}[/] as {start.InstanceId}.");
            var client = host.Services.GetRequiredService<DurableTaskClient>();
            var final = await ScreeningProgressView.WaitAsync(console, environment.Interactive, client, start.InstanceId, cancellationToken).ConfigureAwait(false);
            if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
            {
                throw new CliException(ScreeningErrorCodes.ScreeningFailed, $"Retry {start.InstanceId} ended {final.RuntimeStatus}.", CliExitCodes.ScreeningFailed);
            }

            ResultsTable.Write(console, await screening.GetResultsAsync(start.ScreeningId, parse.GetValue(top), cancellationToken: cancellationToken).ConfigureAwait(false));
            return CliExitCodes.Ok;
        });
        return command;
    }
}
