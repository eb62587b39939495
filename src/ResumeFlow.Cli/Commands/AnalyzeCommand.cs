using System.CommandLine;
using System.Globalization;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Workflows.Analysis;
using ResumeFlow.Workflows.Analysis.Reports;
using ResumeFlow.Workflows.Screening;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary>
/// <c>resumeflow analyze --cv cv.pdf --job job.md</c>: ingest the CV, store the job, run AnalyzeResume on the
/// embedded engine with a live per-section view, print the overall score and the top of the plan, and write
/// analysis.json, analysis.md, analysis.html and tailored.docx. Without an LLM (or with --no-llm) every
/// section is analysed deterministically.
/// </summary>
internal static class AnalyzeCommand
{
    private const int PlanItemsShown = 5;

    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var cv = new Option<string>("--cv") { Description = "The CV file (.pdf, .docx, .txt, .md).", Required = true };
        var job = new Option<string>("--job", "-j") { Description = "Job description file (.md, .txt, .pdf, .docx).", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for analysis.json/.md/.html and tailored.docx (default out/analysis-<id>)." };
        var noLlm = new Option<bool>("--no-llm") { Description = "Deterministic analysis only, even when an LLM is configured." };
        var deployment = new Option<string?>("--deployment") { Description = "The deployment every section prefers (one the configuration names); the fallback chain still applies." };

        var command = new Command("analyze", "Analyse one CV section by section against a job and write a tailoring plan and draft.")
        {
            cv, job, output, noLlm, deployment,
        };
        command.SetAction((parse, cancellationToken) =>
        {
            var run = parse.GetValue(noLlm)
                ? environment with { Configuration = new Dictionary<string, string?>(environment.Configuration) { ["Analysis:UseLlm"] = "false" } }
                : environment;
            return RunAsync(run, parse.GetValue(data)!, parse.GetValue(cv)!, parse.GetValue(job)!, parse.GetValue(output), parse.GetValue(deployment), cancellationToken);
        });
        return command;
    }

    private static async Task<int> RunAsync(CliEnvironment environment, string data, string cvPath, string jobPath, string? outFolder, string? deployment, CancellationToken cancellationToken)
    {
        var console = CliConsole.Create(environment);
        var cvFile = environment.Resolve(cvPath);
        if (!File.Exists(cvFile))
        {
            throw new CliException(CliErrorCodes.CvPathNotFound, $"CV file '{cvPath}' does not exist.");
        }

        var jobFile = environment.Resolve(jobPath);
        if (!File.Exists(jobFile))
        {
            throw new CliException(CliErrorCodes.JobFileNotFound, $"Job description '{jobPath}' does not exist.");
        }

        var jobText = await JobText.ReadAsync(jobFile, cancellationToken).ConfigureAwait(false);
        await using var host = await CliHost.StartAsync(environment, data, cancellationToken).ConfigureAwait(false);
        var services = host.Services;
        var ingested = await CvIngestion.IngestAsync(services, console, [cvFile], cancellationToken).ConfigureAwait(false);
        var candidate = ingested.FirstOrDefault()
            ?? throw new CliException(CliErrorCodes.IngestFailed, $"CV '{cvPath}' could not be ingested.");
        var jobId = await services.GetRequiredService<IScreeningService>().SaveJobAsync(jobText, null, cancellationToken).ConfigureAwait(false);

        var analyses = services.GetRequiredService<IAnalysisService>();
        string id;
        try
        {
            id = await analyses.StartAsync(new AnalyzeResumeInput(candidate.CandidateId, jobId, deployment), cancellationToken).ConfigureAwait(false);
        }
        catch (AnalysisException ex)
        {
            throw new CliException(ex.Code, ex.Message.StartsWith(ex.Code + ": ", StringComparison.Ordinal) ? ex.Message[(ex.Code.Length + 2)..] : ex.Message);
        }

        console.MarkupLine($"Analysis [bold]{Markup.Escape(id)}[/] of {Markup.Escape(Path.GetFileName(cvFile))}.");
        var final = await AnalysisProgressView.WaitAsync(console, environment.Interactive, services.GetRequiredService<DurableTaskClient>(), id, cancellationToken).ConfigureAwait(false);
        var result = await analyses.GetResultAsync(id, cancellationToken).ConfigureAwait(false);
        if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed || result?.Report is not { } report)
        {
            throw new CliException(
                CliErrorCodes.AnalysisFailed,
                $"Analysis {id} ended {final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage ?? "no details"}",
                CliExitCodes.Failure);
        }

        WriteSummary(console, report);
        var folder = environment.Resolve(outFolder ?? Path.Combine("out", "analysis-" + id));
        Directory.CreateDirectory(folder);
        foreach (var file in AnalysisReportWriters.Files)
        {
            var opened = await analyses.OpenReportAsync(id, file, cancellationToken).ConfigureAwait(false);
            await using var content = opened.Content.ConfigureAwait(false);
            var target = File.Create(Path.Combine(folder, file));
            await using (target.ConfigureAwait(false))
            {
                await opened.Content.CopyToAsync(target, cancellationToken).ConfigureAwait(false);
            }
        }

        console.MarkupLine($"Reports written to [bold]{Markup.Escape(folder)}[/] ({string.Join(", ", AnalysisReportWriters.Files)}).");
        return CliExitCodes.Ok;
    }

    private static void WriteSummary(IAnsiConsole console, AnalysisReport report)
    {
        var inv = CultureInfo.InvariantCulture;
        console.MarkupLine($"Overall score: [bold]{report.OverallScore.ToString("0.#", inv)}[/] against {Markup.Escape(report.JobTitle)}.");
        var table = new Table().AddColumns("section", "state", "by", "score", "note");
        foreach (var o in report.Outcomes)
        {
            table.AddRow(Markup.Escape(o.Section), o.State.ToString().ToLowerInvariant(), Markup.Escape(o.ProducedBy ?? "-"), o.Score?.ToString("0.#", inv) ?? "-", Markup.Escape(o.Reason ?? string.Empty));
        }

        console.Write(table);
        if (report.Plan.Count == 0)
        {
            console.WriteLine("Plan: nothing to change.");
            return;
        }

        console.WriteLine($"Top of the plan ({Math.Min(PlanItemsShown, report.Plan.Count)} of {report.Plan.Count}):");
        foreach (var (item, i) in report.Plan.Take(PlanItemsShown).Select((p, i) => (p, i + 1)))
        {
            console.WriteLine($"  {i}. [{item.Section}] {AnalysisReportWriters.Describe(item)} (+{item.ExpectedGain.ToString("0.#", inv)})");
        }
    }
}
