using System.Text.Json;
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
            return await InstancePolling.PollAsync(client, instanceId, json => WriteLine(console, Parse(json)), cancellationToken).ConfigureAwait(false);
        }

        OrchestrationMetadata? final = null;
        await LiveProgress.StartAsync(console, async ctx =>
        {
            var calls = ctx.AddTask("calls", autoStart: true, maxValue: 1);
            final = await InstancePolling.PollAsync(
                client,
                instanceId,
                json =>
                {
                    if (Parse(json) is { } status)
                    {
                        calls.MaxValue = Math.Max(1, status.Total);
                        calls.Value = status.Completed;
                        calls.Description = $"{status.Phase} ({status.Completed}/{status.Total} calls, {status.Failed} failed)";
                    }
                },
                cancellationToken).ConfigureAwait(false);
            calls.Value = calls.MaxValue;
        }).ConfigureAwait(false);
        return final!;
    }

    internal static CallAnalysisStatus? Parse(string json)
    {
        try
        {
            return JsonSerializer.Deserialize<CallAnalysisStatus>(json, CallsJson.Options);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteLine(IAnsiConsole console, CallAnalysisStatus? status)
    {
        if (status is not null)
        {
            console.WriteLine($"progress: {status.Phase} {status.Completed}/{status.Total} calls, {status.Failed} failed, chunks {status.ChunksDone}/{status.ChunksTotal}");
        }
    }
}
