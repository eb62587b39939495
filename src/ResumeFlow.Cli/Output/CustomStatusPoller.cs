using System.Text.Json;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Cli.Output;

/// <summary>Polls an instance until it ends, calling back with its custom status each time that changes.</summary>
internal static class CustomStatusPoller
{
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public static async Task<OrchestrationMetadata> PollAsync<T>(
        DurableTaskClient client,
        string instanceId,
        JsonSerializerOptions json,
        Action<T, OrchestrationMetadata> onChange,
        CancellationToken cancellationToken)
        where T : class
    {
        string? last = null;
        while (true)
        {
            var metadata = await client.GetInstanceAsync(instanceId, getInputsAndOutputs: true, cancellationToken).ConfigureAwait(false)
                ?? throw new CliException(CliErrorCodes.InstanceNotFound, $"Instance '{instanceId}' disappeared.");
            if (metadata.SerializedCustomStatus is { } text && text != last)
            {
                last = text;
                if (Parse<T>(text, json) is { } status)
                {
                    onChange(status, metadata);
                }
            }

            if (metadata.IsCompleted)
            {
                return metadata;
            }

            await Task.Delay(PollInterval, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>The status as <typeparamref name="T"/>, or null when it is not one (an older or foreign shape).</summary>
    private static T? Parse<T>(string text, JsonSerializerOptions json)
        where T : class
    {
        try
        {
            return JsonSerializer.Deserialize<T>(text, json);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
