using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Calls;
using Spectre.Console;

namespace ResumeFlow.Cli.Output;

/// <summary>
/// Follows a call-analysis run through its custom status (<see cref="CallAnalysisStatus"/>) until it ends: a live
/// Spectre progress bar on a terminal, one line per change otherwise.
/// </summary>
internal static class CallAnalysisProgressView
{
    public static async Task<OrchestrationMetadata> WaitAsync(IAnsiConsole console, bool interactive, DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            return await CustomStatusPoller.PollAsync<CallAnalysisStatus>(client, instanceId, CallsJson.Options, (status, _) => WriteLine(console, status), cancellationToken).ConfigureAwait(false);
        }

        OrchestrationMetadata? final = null;
        await LiveProgress.StartAsync(console, async ctx =>
        {
            var calls = ctx.AddTask("calls", autoStart: true, maxValue: 1);
            final = await CustomStatusPoller.PollAsync<CallAnalysisStatus>(
                client,
                instanceId,
                CallsJson.Options,
                (status, _) =>
                {
                    calls.MaxValue = Math.Max(1, status.Total);
                    calls.Value = status.Completed;
                    calls.Description = $"{status.Phase} ({status.Completed}/{status.Total} calls, {status.Failed} failed)";
                },
                cancellationToken).ConfigureAwait(false);
            calls.Value = calls.MaxValue;
        }).ConfigureAwait(false);
        return final!;
    }

    private static void WriteLine(IAnsiConsole console, CallAnalysisStatus status)
        => console.WriteLine($"progress: {status.Phase} {status.Completed}/{status.Total} calls, {status.Failed} failed, chunks {status.ChunksDone}/{status.ChunksTotal}");
}
