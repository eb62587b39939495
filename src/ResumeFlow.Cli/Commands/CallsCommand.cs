using System.CommandLine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Core.Candidates;
using ResumeFlow.Workflows.Calls;
using ResumeFlow.Workflows.Calls.Reports;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary>
/// <c>resumeflow calls analyze --transcripts DIR</c>: run AnalyzeCalls on the embedded engine with live progress and
/// write report.html, report.json and report.csv. The run id comes from the files (and the candidate), so the same
/// command again finds the finished run, or resumes an interrupted one. Unreadable files are listed with their code.
/// </summary>
internal static class CallsCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var transcripts = new Option<string>("--transcripts", "-t") { Description = "Folder of call transcripts (.vtt, .srt, .txt, .md, .json/.csv exports).", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for report.html, report.json and report.csv (default out/calls-<run id>)." };
        var candidate = new Option<string?>("--candidate") { Description = "Candidate id the calls are tied to when they name none (their summary joins that candidate's screening results)." };
        var analyze = new Command("analyze", "Analyse screening-call transcripts and write the report.") { transcripts, output, candidate };
        analyze.SetAction((parse, cancellationToken) => AnalyzeAsync(
            environment,
            parse.GetValue(data)!,
            parse.GetValue(transcripts)!,
            parse.GetValue(output),
            parse.GetValue(candidate),
            cancellationToken));
        return new Command("calls", "Screening-call transcripts: analyse them into insights and a report.") { analyze };
    }

    private static async Task<int> AnalyzeAsync(CliEnvironment environment, string data, string transcriptsPath, string? outFolder, string? candidateId, CancellationToken cancellationToken)
    {
        if (candidateId is not null && !CandidateId.IsValid(candidateId))
        {
            throw new CliException(CliErrorCodes.InvalidCandidateId, $"'{candidateId}' is not a candidate id (64 lower-case hex characters, as 'resumeflow ingest' prints).");
        }

        var console = CliConsole.Create(environment);
        var uploads = await TranscriptFiles.ReadAsync(environment, transcriptsPath, console, cancellationToken).ConfigureAwait(false);
        await using var host = await CliHost.StartAsync(environment, data, cancellationToken).ConfigureAwait(false);
        var services = host.Services;
        var calls = services.GetRequiredService<ICallAnalysisService>();
        var runId = await calls.StartAsync(uploads, candidateId, cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"Call analysis [bold]{runId}[/]: {uploads.Count} files.");

        var final = await CallAnalysisProgressView.WaitAsync(console, environment.Interactive, services.GetRequiredService<DurableTaskClient>(), runId, cancellationToken).ConfigureAwait(false);
        if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new CliException(CliErrorCodes.CallAnalysisFailed, $"Call analysis {runId} ended {final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage ?? "no details"}", CliExitCodes.ScreeningFailed);
        }

        var result = final.ReadOutputAs<AnalyzeCallsResult>()!;
        var store = services.GetRequiredService<CallRunStore>();
        var report = await store.ReadAsync<CallReport>(result.ReportJson, cancellationToken).ConfigureAwait(false);
        foreach (var error in report.UnreadableFiles)
        {
            TranscriptFiles.Skip(console, error.Source, error.Code, error.Message);
        }

        // One line per cause: a missing LLM fails every call the same way.
        foreach (var cause in report.Calls.Where(c => !c.AnalysisSucceeded).GroupBy(c => c.ErrorCode ?? "unknown", StringComparer.Ordinal))
        {
            var ids = string.Join(", ", cause.Take(5).Select(c => c.CallId)) + (cause.Count() > 5 ? ", …" : string.Empty);
            console.MarkupLineInterpolated($"[yellow]not analysed[/] {ids} [[{cause.Key}]]: {cause.First().ErrorMessage ?? string.Empty}");
        }

        console.MarkupLineInterpolated($"{result.Calls} calls: {result.Analysed} analysed, {result.Failed} not analysed, {result.UnreadableFiles} files skipped.");
        var folder = environment.Resolve(outFolder ?? Path.Combine("out", "calls-" + runId));
        Directory.CreateDirectory(folder);
        foreach (var name in new[] { result.ReportHtml, result.ReportJson, result.ReportCsv })
        {
            var content = await store.Artifacts.OpenReadAsync(CallArtifacts.Container, name, cancellationToken).ConfigureAwait(false);
            await using (content.ConfigureAwait(false))
            {
                var file = File.Create(Path.Combine(folder, Path.GetFileName(name)));
                await using (file.ConfigureAwait(false))
                {
                    await content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                }
            }
        }

        console.MarkupLine($"Reports written to [bold]{Markup.Escape(folder)}[/] (report.html, report.json, report.csv).");
        return CliExitCodes.Ok;
    }
}
