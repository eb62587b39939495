using System.Globalization;
using Microsoft.DurableTask.Client;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Workflows.Batches;
using Spectre.Console;

namespace ResumeFlow.Cli.Output;

/// <summary>
/// Follows a batch run through its custom status until it ends: batches, lines done and failed, tokens and cost so far;
/// a live status line on a terminal, one line per change otherwise.
/// </summary>
internal static class BatchProgressView
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<OrchestrationMetadata> WaitAsync(IAnsiConsole console, bool interactive, DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            return await PollAsync(client, instanceId, progress => console.WriteLine("progress: " + Describe(progress)), cancellationToken).ConfigureAwait(false);
        }

        OrchestrationMetadata? final = null;
        await console.Status().StartAsync("batch: submitting", async ctx =>
        {
            final = await PollAsync(client, instanceId, progress => ctx.Status("batch: " + Markup.Escape(Describe(progress))), cancellationToken).ConfigureAwait(false);
        }).ConfigureAwait(false);
        return final!;
    }

    /// <summary>"running, batches 1/3, lines 120 done 2 failed, tokens 1000+200, $0.0123".</summary>
    public static string Describe(BatchProgress progress)
    {
        ArgumentNullException.ThrowIfNull(progress);
        var inv = CultureInfo.InvariantCulture;
        var provider = progress.Status is { } status ? $" ({status})" : string.Empty;
        return string.Create(
            inv,
            $"{progress.Phase}{provider}, batches {progress.BatchesDone}/{progress.Batches}, lines {progress.LinesDone} done {progress.LinesFailed} failed, tokens {progress.InputTokens}+{progress.OutputTokens}, {UsdText.Format(progress.CostUsd)}");
    }

    private static async Task<OrchestrationMetadata> PollAsync(DurableTaskClient client, string instanceId, Action<BatchProgress> onChange, CancellationToken cancellationToken)
    {
        string? last = null;
        while (true)
        {
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false)
                ?? throw new CliException(CliErrorCodes.InstanceNotFound, $"Instance '{instanceId}' disappeared.");
            if (metadata.SerializedCustomStatus is { } json && json != last)
            {
                last = json;
                if (metadata.ReadCustomStatusAs<BatchProgress>() is { } progress)
                {
                    onChange(progress);
                }
            }

            if (metadata.IsCompleted)
            {
                return metadata;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
