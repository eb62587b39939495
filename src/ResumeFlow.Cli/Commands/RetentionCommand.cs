using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Workflows.Retention;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary>
/// <c>resumeflow retention sweep [--cv-days N] [--screening-days N] [--history-days N] [--batch-file-days N]</c>:
/// purge what is due now (the local host runs the same sweep as an eternal orchestration).
/// </summary>
internal static class RetentionCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var cvDays = new Option<int?>("--cv-days") { Description = "Erase candidates ingested more than N days ago (default: Retention:CvDays)." };
        var screeningDays = new Option<int?>("--screening-days") { Description = "Delete screenings completed more than N days ago." };
        var historyDays = new Option<int?>("--history-days") { Description = "Purge Durable instances older than N days that have ended." };
        var batchDays = new Option<int?>("--batch-file-days") { Description = "Delete local batch files older than N days." };
        var sweep = new Command("sweep", "Purge the data that is past its retention period, now.") { cvDays, screeningDays, historyDays, batchDays };
        sweep.SetAction(async (parse, cancellationToken) =>
        {
            var console = CliConsole.Create(environment);
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken).ConfigureAwait(false);
            var configured = host.Services.GetRequiredService<IOptions<RetentionOptions>>().Value;
            var settings = new RetentionOptions
            {
                CvDays = parse.GetValue(cvDays) ?? configured.CvDays,
                ScreeningDays = parse.GetValue(screeningDays) ?? configured.ScreeningDays,
                DurableHistoryDays = parse.GetValue(historyDays) ?? configured.DurableHistoryDays,
                BatchFileDays = parse.GetValue(batchDays) ?? configured.BatchFileDays,
            };
            if (!settings.Enabled)
            {
                throw new CliException(CliErrorCodes.RetentionNotConfigured, "No retention period is set: give --cv-days, --screening-days, --history-days or --batch-file-days (or configure Retention:*).", CliExitCodes.Usage);
            }

            var sweeper = ActivatorUtilities.CreateInstance<RetentionSweeper>(host.Services, Options.Create(settings));
            var result = await sweeper.SweepAsync(DateTimeOffset.UtcNow, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"Purged {result.Candidates} candidate(s) ({result.CandidatesInUse} left: in use), {result.Screenings} screening(s), {result.DurableInstances} orchestration instance(s), {result.BatchFiles} batch file(s). Recorded in the audit trail ('resumeflow audit retention').");
            return CliExitCodes.Ok;
        });
        return new Command("retention", "Data retention.") { sweep };
    }
}
