using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Workflows.Erasure;
using ResumeFlow.Workflows.Screening;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary><c>resumeflow erase &lt;candidateId&gt; --yes</c>: remove a candidate from every store (GDPR Art. 17).</summary>
internal static class EraseCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("candidateId") { Description = "The candidate id (the SHA-256 of the CV file)." };
        var yes = new Option<bool>("--yes") { Description = "Confirm: the erasure cannot be undone." };
        var output = new Option<string?>("--out", "-o") { Description = "A report folder of an amended screening to rewrite too (out/screening-<id> folders are rewritten when present)." };
        var command = new Command("erase", "Erase a candidate everywhere, keeping only the audit record that it happened.") { id, yes, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            if (!parse.GetValue(yes))
            {
                throw new CliException(CliErrorCodes.ConfirmationRequired, "Erasure cannot be undone; add --yes to confirm.", CliExitCodes.Usage);
            }

            var console = CliConsole.Create(environment);
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken).ConfigureAwait(false);
            try
            {
                var report = await host.Services.GetRequiredService<ICandidateErasure>().EraseAsync(parse.GetValue(id)!, Environment.UserName, cancellationToken).ConfigureAwait(false);
                console.MarkupLine($"Erased candidate {Markup.Escape(report.CandidateId)}: {report.Documents} document(s), {report.Artifacts} file(s), {report.LlmCacheEntries} LLM cache entr(ies), {report.DurableInstances} orchestration instance(s), {report.ProviderBatchFiles.Count} provider batch file(s).");
                // The copies this CLI wrote hold the candidate too: rewrite them from the amended reports.
                var screening = host.Services.GetRequiredService<IScreeningService>();
                foreach (var screeningId in report.AmendedScreenings)
                {
                    var folders = new[] { report.AmendedScreenings.Count == 1 ? parse.GetValue(output) : null, ReportFiles.DefaultFolder(screeningId) }
                        .OfType<string>()
                        .Select(environment.Resolve)
                        .Where(Directory.Exists)
                        .Distinct(StringComparer.Ordinal);
                    foreach (var folder in folders)
                    {
                        await ReportFiles.CopyAsync(screening, screeningId, folder, cancellationToken).ConfigureAwait(false);
                    }

                    console.MarkupLine($"  report of screening {Markup.Escape(screeningId)} rewritten and marked amended");
                }

                return CliExitCodes.Ok;
            }
            catch (ErasureException ex)
            {
                throw new CliException(ex.Code, ex.Message, CliExitCodes.Failure);
            }
        });
        return command;
    }
}
