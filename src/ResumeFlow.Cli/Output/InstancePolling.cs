using Microsoft.DurableTask.Client;

namespace ResumeFlow.Cli.Output;

/// <summary>Polls an orchestration until it ends, handing each new custom status (its JSON) to the caller.</summary>
internal static class InstancePolling
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<OrchestrationMetadata> PollAsync(
        DurableTaskClient client,
        string instanceId,
        Action<string> onStatusChange,
        CancellationToken cancellationToken)
    {
        string? last = null;
        while (true)
        {
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false)
                ?? throw new CliException(CliErrorCodes.InstanceNotFound, $"Instance '{instanceId}' disappeared.");
            if (metadata.SerializedCustomStatus is { } json && json != last)
            {
                last = json;
                onStatusChange(json);
            }

            if (metadata.IsCompleted)
            {
                return metadata;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }
}
