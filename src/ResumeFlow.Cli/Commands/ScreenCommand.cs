using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Screening;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary>
/// <c>resumeflow screen --job job.md --cvs folder</c>: ingest the CVs, run ScreenCandidates on the
/// embedded engine with live progress, print the ranking, write the reports. The screening id is
/// derived from the job, the CVs and the options, so running the same command again after an
/// interruption resumes the same screening.
/// </summary>
internal static class ScreenCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var job = new Option<string>("--job", "-j") { Description = "Job description file (.md, .txt, .pdf, .docx).", Required = true };
        var cvs = new Option<string[]>("--cvs", "-c")
        {
            Description = "CV files or folders (.pdf, .docx, .txt, .md).",
            Required = true,
            AllowMultipleArgumentsPerToken = true,
        };
        var output = new Option<string?>("--out", "-o") { Description = "Folder for report.json, report.csv and report.html (default out/screening-<id>)." };
        var top = new Option<int>("--top") { Description = "Rows of the printed ranking.", DefaultValueFactory = _ => 10 };
        var threshold = new Option<double>("--threshold") { Description = "Minimum score (0-100) to pass.", DefaultValueFactory = _ => new ScreeningOptions().Threshold };
        var chunkSize = new Option<int>("--chunk-size") { Description = "Candidates per sub-orchestration.", DefaultValueFactory = _ => ScreeningOptions.DefaultChunkSize };
        var llmTopK = new Option<int?>("--llm-top-k") { Description = "Re-score only the best K with the LLM (when one is configured).", DefaultValueFactory = _ => new ScreeningOptions().LlmTopK };
        var llmMinScore = new Option<double?>("--llm-min-score") { Description = "Re-score with the LLM only at or above this deterministic score." };
        var llmAll = new Option<bool>("--llm-all") { Description = "No top-K: every candidate that passes --llm-min-score goes to the LLM (in the same pass)." };
        var noLlm = new Option<bool>("--no-llm") { Description = "Deterministic scoring only, even when an LLM is configured." };
        var blind = new Option<bool>("--blind") { Description = "Blind screening: scorers never see name, contact details, photo, age, gender markers or nationality." };
        var mode = new Option<string>("--mode") { Description = "How the LLM pass is sent: chat (minutes) or batch (the provider's Batch API at half the price; hours).", DefaultValueFactory = _ => ScreeningModes.Chat };
        mode.AcceptOnlyFromAmong(ScreeningModes.Chat, ScreeningModes.Batch);
        var budget = new Option<decimal?>("--budget-usd") { Description = "Cap on the LLM pass's estimated cost (USD): the best candidates that fit are LLM-scored, the rest keep their deterministic score." };

        var weights = new Option<string[]>("--weight")
        {
            Description = "This screening's weight for a criterion (must_have=60, title=0, knock_out_penalty=10) or one requirement (\"requirement:Kubernetes=3\"; 1 by default, 0 ignores it). Repeat for several.",
            AllowMultipleArgumentsPerToken = false,
        };

        var command = new Command("screen", "Screen CVs against a job description and write the reports.")
        {
            job, cvs, output, top, threshold, chunkSize, llmTopK, llmMinScore, llmAll, noLlm, blind, mode, budget, weights,
        };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var options = new ScreeningOptions
            {
                Threshold = parse.GetValue(threshold),
                ChunkSize = parse.GetValue(chunkSize),
                LlmTopK = parse.GetValue(llmAll) ? null : parse.GetValue(llmTopK),
                LlmMinScore = parse.GetValue(llmMinScore),
                UseLlm = !parse.GetValue(noLlm),
                Blind = parse.GetValue(blind),
                BudgetUsd = parse.GetValue(budget),
                Mode = parse.GetValue(mode)!,
                Weights = ScreeningWeights.Parse(parse.GetValue(weights)),
            };
            return await RunAsync(
                environment,
                parse.GetValue(data)!,
                parse.GetValue(job)!,
                parse.GetValue(cvs)!,
                parse.GetValue(output),
                parse.GetValue(top),
                options,
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliEnvironment environment,
        string data,
        string jobPath,
        IReadOnlyList<string> cvPaths,
        string? outFolder,
        int top,
        ScreeningOptions options,
        CancellationToken cancellationToken)
    {
        var console = CliConsole.Create(environment);
        var jobFile = environment.Resolve(jobPath);
        if (!File.Exists(jobFile))
        {
            throw new CliException(CliErrorCodes.JobFileNotFound, $"Job description '{jobPath}' does not exist.");
        }

        var files = CvFiles.Find(environment, cvPaths, console);
        await using var host = await CliHost.StartAsync(environment, data, cancellationToken).ConfigureAwait(false);
        var services = host.Services;
        var candidates = await CvIngestion.IngestAsync(services, console, files, cancellationToken).ConfigureAwait(false);
        var jobText = await JobText.ReadAsync(jobFile, cancellationToken).ConfigureAwait(false);

        var screening = services.GetRequiredService<IScreeningService>();
        var start = await screening.StartAsync(
            new ScreeningRequest
            {
                JobText = jobText,
                CandidateIds = candidates.Select(c => c.CandidateId).ToList(),
                Options = options,
                RequestedBy = Environment.UserName,
            },
            cancellationToken).ConfigureAwait(false);

        console.MarkupLine(start.ExistingStatus switch
        {
            null => $"Screening [bold]{start.ScreeningId}[/]: {start.Candidates} candidates.",
            OrchestrationRuntimeStatus.Completed => $"Screening [bold]{start.ScreeningId}[/] already completed; showing its results.",
            _ => $"Resuming screening [bold]{start.ScreeningId}[/] ({start.ExistingStatus}).",
        });

        var client = services.GetRequiredService<DurableTaskClient>();
        var final = await ScreeningProgressView.WaitAsync(console, environment.Interactive, client, start.InstanceId, cancellationToken).ConfigureAwait(false);
        if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new CliException(
                ScreeningErrorCodes.ScreeningFailed,
                $"Screening {start.ScreeningId} ended {final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage ?? "no details"}",
                CliExitCodes.ScreeningFailed);
        }

        var results = await screening.GetResultsAsync(start.ScreeningId, top, cancellationToken: cancellationToken).ConfigureAwait(false);
        ResultsTable.Write(console, results);

        var folder = environment.Resolve(outFolder ?? ReportFiles.DefaultFolder(start.ScreeningId));
        var written = await ReportFiles.CopyAsync(screening, start.ScreeningId, folder, cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"Reports written to [bold]{Markup.Escape(folder)}[/] ({string.Join(", ", written)}).");
        return CliExitCodes.Ok;
    }
}
