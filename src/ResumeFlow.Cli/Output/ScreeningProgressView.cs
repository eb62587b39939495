using System.Globalization;
using Microsoft.DurableTask.Client;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Screening;
using Spectre.Console;

namespace ResumeFlow.Cli.Output;

/// <summary>
/// Follows a screening through its custom status until it ends: a live Spectre progress bar on a
/// terminal, one line per change otherwise.
/// </summary>
internal static class ScreeningProgressView
{
    public static async Task<OrchestrationMetadata> WaitAsync(IAnsiConsole console, bool interactive, DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            return await PollAsync(client, instanceId, status => WriteLine(console, status), cancellationToken).ConfigureAwait(false);
        }

        OrchestrationMetadata? final = null;
        await LiveProgress.StartAsync(console, async ctx =>
        {
            var scoring = ctx.AddTask("scoring", autoStart: true, maxValue: 1);
            ProgressTask? llm = null;
            final = await PollAsync(
                client,
                instanceId,
                status =>
                {
                    scoring.MaxValue = Math.Max(1, status.Total);
                    scoring.Value = status.Completed;
                    scoring.Description = $"scoring ({status.Completed}/{status.Total}, {status.Failed} failed, {status.Passed} passed)";
                    if (status.LlmTotal > 0)
                    {
                        llm ??= ctx.AddTask("llm", autoStart: true, maxValue: status.LlmTotal);
                        llm.MaxValue = status.LlmTotal;
                        llm.Value = status.LlmCompleted;
                        llm.Description = $"LLM re-score ({status.LlmCompleted}/{status.LlmTotal}, {UsdText.Format(status.CostUsd)})";
                    }
                },
                cancellationToken).ConfigureAwait(false);
            scoring.Value = scoring.MaxValue;
            if (llm is not null)
            {
                llm.Value = llm.MaxValue;
            }
        }).ConfigureAwait(false);
        return final!;
    }

    private static Task<OrchestrationMetadata> PollAsync(
        DurableTaskClient client,
        string instanceId,
        Action<ScreeningStatus> onChange,
        CancellationToken cancellationToken)
        => CustomStatusPoller.PollAsync<ScreeningStatus>(client, instanceId, ScreeningJson.Options, (status, _) => onChange(status), cancellationToken);

    private static void WriteLine(IAnsiConsole console, ScreeningStatus status)
    {
        var inv = CultureInfo.InvariantCulture;
        var line = $"progress: {status.Phase} {status.Completed}/{status.Total} scored, {status.Failed} failed, {status.Passed} passed, chunks {status.ChunksDone}/{status.ChunksTotal}";
        if (status.LlmTotal > 0)
        {
            line += $", llm {status.LlmCompleted}/{status.LlmTotal}, tokens {status.InputTokens}+{status.OutputTokens}, {UsdText.Format(status.CostUsd)}";
        }

        if (status.EtaSeconds is { } eta)
        {
            line += $", eta {eta.ToString("0", inv)}s";
        }

        console.WriteLine(line);
    }
}
