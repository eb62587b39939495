using System.CommandLine;
using Microsoft.DurableTask.Client;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Batches;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary>
/// <c>resumeflow batch submit|continuous|status|cancel</c>: profile extraction through the provider's Batch API at the
/// batch price. submit and continuous run the engine here until the run ends, with live progress, and write the cost
/// report(s); status and cancel only talk to the stores.
/// </summary>
internal static class BatchCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var command = new Command("batch", "Extract profiles through the provider's Batch API (half price, hours of latency).");
        command.Subcommands.Add(Submit(environment, data));
        command.Subcommands.Add(Continuous(environment, data));
        command.Subcommands.Add(Status(environment, data));
        command.Subcommands.Add(Cancel(environment, data));
        return command;
    }

    private static Command Submit(CliEnvironment environment, Option<string> data)
    {
        var batchSize = BatchSizeOption();
        var output = OutputOption();
        var command = new Command("submit", "Submit one job over the candidates not yet extracted, follow it and write its cost report.") { batchSize, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var body = new CreateBatchBody(parse.GetValue(batchSize), null, null);
            Validate(body);
            return await RunAsync(environment, parse.GetValue(data)!, parse.GetValue(output), (batches, ct) => batches.SubmitAsync(body.BatchSize, ct), cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Continuous(CliEnvironment environment, Option<string> data)
    {
        var numBatches = new Option<int>("--num-batches") { Description = "Jobs to run one after another (stops early when nothing is left).", Required = true };
        var batchSize = BatchSizeOption();
        var checkInterval = new Option<double?>("--check-interval") { Description = "Seconds between status checks of a running batch (default Batch:CheckInterval)." };
        var output = OutputOption();
        var command = new Command("continuous", "Run job after job, up to --num-batches, and write each job's cost report.") { numBatches, batchSize, checkInterval, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var body = new CreateBatchBody(parse.GetValue(batchSize), parse.GetValue(numBatches), parse.GetValue(checkInterval));
            Validate(body);
            return await RunAsync(
                environment,
                parse.GetValue(data)!,
                parse.GetValue(output),
                (batches, ct) => batches.StartContinuousAsync(body.NumBatches!.Value, body.BatchSize, body.CheckIntervalSeconds is { } s ? TimeSpan.FromSeconds(s) : null, ct),
                cancellationToken).ConfigureAwait(false);
        });
        return command;
    }

    private static Command Status(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("id") { Description = "The batch run's instance id." };
        var command = new Command("status", "Show a batch run's status: batches, lines done/failed, tokens, cost.") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken, runEngine: false).ConfigureAwait(false);
            var status = await host.Services.GetRequiredService<IBatchService>().GetStatusAsync(parse.GetValue(id)!, cancellationToken).ConfigureAwait(false)
                ?? throw new CliException(BatchRunErrorCodes.BatchNotFound, $"No batch run has id '{parse.GetValue(id)}'.");
            var progress = status.Progress is { } p ? BatchProgressView.Describe(p) : "no progress yet";
            await environment.Output.WriteLineAsync($"{status.InstanceId} {status.RuntimeStatus}: {progress}").ConfigureAwait(false);
            return CliExitCodes.Ok;
        });
        return command;
    }

    private static Command Cancel(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("id") { Description = "The batch run's instance id." };
        var command = new Command("cancel", "End a batch run at once (batches already at the provider finish there).") { id };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var instanceId = parse.GetValue(id)!;
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken, runEngine: false).ConfigureAwait(false);
            var batches = host.Services.GetRequiredService<IBatchService>();
            if (await batches.GetStatusAsync(instanceId, cancellationToken).ConfigureAwait(false) is null)
            {
                throw new CliException(BatchRunErrorCodes.BatchNotFound, $"No batch run has id '{instanceId}'.");
            }

            await batches.CancelAsync(instanceId, "cancelled from the CLI", cancellationToken).ConfigureAwait(false);
            await environment.Output.WriteLineAsync($"Cancellation of {instanceId} requested.").ConfigureAwait(false);
            return CliExitCodes.Ok;
        });
        return command;
    }

    private static async Task<int> RunAsync(
        CliEnvironment environment,
        string data,
        string? outFolder,
        Func<IBatchService, CancellationToken, Task<string>> start,
        CancellationToken cancellationToken)
    {
        var console = CliConsole.Create(environment);
        await using var host = await CliHost.StartAsync(environment, data, cancellationToken).ConfigureAwait(false);
        var batches = host.Services.GetRequiredService<IBatchService>();
        var instanceId = await start(batches, cancellationToken).ConfigureAwait(false);
        console.MarkupLine($"Batch run [bold]{Markup.Escape(instanceId)}[/] started.");

        var final = await BatchProgressView.WaitAsync(console, environment.Interactive, host.Services.GetRequiredService<DurableTaskClient>(), instanceId, cancellationToken).ConfigureAwait(false);
        if (final.RuntimeStatus != OrchestrationRuntimeStatus.Completed)
        {
            throw new CliException(CliErrorCodes.BatchFailed, $"Batch run {instanceId} ended {final.RuntimeStatus}: {final.FailureDetails?.ErrorMessage ?? "no details"}", CliExitCodes.Failure);
        }

        if (final.ReadCustomStatusAs<BatchProgress>() is { } progress)
        {
            console.WriteLine("done: " + BatchProgressView.Describe(progress));
        }

        // A continuous run's jobs are {id}-job0001, -job0002, …; a submitted run is its own job.
        var folder = environment.Resolve(outFolder ?? Path.Combine("out", "batch-" + instanceId));
        Directory.CreateDirectory(folder);
        var jobs = final.Name == nameof(ContinuousBatchOrchestrator)
            ? Enumerable.Range(1, final.ReadOutputAs<ContinuousBatchResult>()?.Jobs ?? 0).Select(n => FormattableString.Invariant($"{instanceId}-job{n:D4}"))
            : [instanceId];
        var written = new List<string>();
        foreach (var job in jobs)
        {
            foreach (var format in new[] { "json", "html" })
            {
                var report = await batches.OpenCostReportAsync(job, format, cancellationToken).ConfigureAwait(false);
                var name = job == instanceId ? report.Name : $"{job}.{report.Name}";
                await using (report.Content.ConfigureAwait(false))
                {
                    var file = File.Create(Path.Combine(folder, name));
                    await using (file.ConfigureAwait(false))
                    {
                        await report.Content.CopyToAsync(file, cancellationToken).ConfigureAwait(false);
                    }
                }

                written.Add(name);
            }
        }

        console.MarkupLine($"Cost report written to [bold]{Markup.Escape(folder)}[/] ({Markup.Escape(string.Join(", ", written))}).");
        return CliExitCodes.Ok;
    }

    private static Option<int?> BatchSizeOption() => new("--batch-size") { Description = "Candidates per job (default Batch:BatchSize)." };

    private static Option<string?> OutputOption() => new("--out", "-o") { Description = "Folder for the cost report (default out/batch-<id>)." };

    private static void Validate(CreateBatchBody body)
    {
        try
        {
            body.Validate();
        }
        catch (ApiException ex)
        {
            throw new CliException(ex.Error.Code, ex.Error.Message, CliExitCodes.Usage);
        }
    }
}
