using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Core.Fairness;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Fairness;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary>
/// <c>resumeflow selection-rates --screening ID --attributes FILE</c>: pass rates and impact ratios per group of the
/// attributes in FILE (CSV <c>candidateId,attribute,value</c>, or JSON <c>{"attributes":[…]}</c>), small groups flagged.
/// </summary>
internal static class SelectionRatesCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var screening = new Option<string>("--screening", "-s") { Description = "Screening id (scr-…).", Required = true };
        var attributes = new Option<string>("--attributes", "-a") { Description = "CSV (candidateId,attribute,value) or JSON file of the candidates' attributes; none are inferred.", Required = true };
        var command = new Command("selection-rates", "Pass rates and impact ratios per group of supplied candidate attributes (Local Law 144 style).") { screening, attributes };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var path = environment.Resolve(parse.GetValue(attributes)!);
            if (!File.Exists(path))
            {
                throw new CliException(CliErrorCodes.AttributesFileNotFound, $"Attributes file '{parse.GetValue(attributes)}' does not exist.");
            }

            IReadOnlyList<CandidateAttribute> rows;
            var file = File.OpenRead(path);
            await using (file.ConfigureAwait(false))
            {
                var contentType = Path.GetExtension(path).Equals(".json", StringComparison.OrdinalIgnoreCase) ? "application/json" : "text/csv";
                try
                {
                    rows = await CandidateAttributeRequests.ReadAsync(file, contentType, cancellationToken).ConfigureAwait(false);
                }
                catch (ApiException ex)
                {
                    throw new CliException(ex.Error.Code, ex.Error.Message);
                }
            }

            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken, runEngine: false).ConfigureAwait(false);
            var report = await host.Services.GetRequiredService<SelectionRateService>().CalculateAsync(parse.GetValue(screening)!, rows, cancellationToken).ConfigureAwait(false);
            Write(CliConsole.Create(environment), report);
            return CliExitCodes.Ok;
        });
        return command;
    }

    private static void Write(IAnsiConsole console, SelectionRateReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        console.MarkupLineInterpolated($"{report.Candidates} candidates assessed, {report.Selected} passed; groups under {report.MinGroupSize} are flagged small; {report.IgnoredRows} attribute rows named no candidate of the screening.");
        foreach (var attribute in report.Attributes)
        {
            var table = new Table().Title(Markup.Escape(attribute.Attribute)).AddColumns("group", "candidates", "passed", "rate", "impact ratio", "note");
            foreach (var group in attribute.Unknown is { } unknown ? [.. attribute.Groups, unknown] : attribute.Groups)
            {
                table.AddRow(
                    Markup.Escape(group.Value),
                    group.Candidates.ToString(inv),
                    group.Selected.ToString(inv),
                    group.Rate.ToString("0.000", inv),
                    group.ImpactRatio?.ToString("0.000", inv) ?? "-",
                    group.SmallGroup ? "small group" : string.Empty);
            }

            console.Write(table);
        }
    }
}
