using DurableTask.Core;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Newtonsoft.Json;
using CoreFailureDetails = DurableTask.Core.FailureDetails;
using CorePurgeResult = DurableTask.Core.PurgeResult;
using SdkPurgeResult = Microsoft.DurableTask.Client.PurgeResult;

namespace ResumeFlow.Durable.AzureStorage.Client;

/// <summary>Maps between the framework's types and the SDK's.</summary>
internal static class CoreConversions
{
    // The SDK's runtime statuses mirror the framework's, value for value.
    public static OrchestrationStatus ToCore(this OrchestrationRuntimeStatus status) => (OrchestrationStatus)(int)status;

    public static OrchestrationRuntimeStatus ToSdk(this OrchestrationStatus status) => (OrchestrationRuntimeStatus)(int)status;

    public static TaskFailureDetails? ToSdk(this CoreFailureDetails? failure) => failure is null
        ? null
        : new TaskFailureDetails(failure.ErrorType, failure.ErrorMessage, failure.StackTrace, failure.InnerFailure.ToSdk(), failure.Properties);

    public static SdkPurgeResult ToSdk(this CorePurgeResult result) => new(result.DeletedInstanceCount);

    public static OrchestrationMetadata ToMetadata(this OrchestrationState state, DataConverter converter, bool getInputsAndOutputs) =>
        new(state.Name, state.OrchestrationInstance.InstanceId)
        {
            DataConverter = getInputsAndOutputs ? converter : null,
            RuntimeStatus = state.OrchestrationStatus.ToSdk(),
            CreatedAt = state.CreatedTime,
            LastUpdatedAt = state.LastUpdatedTime,
            SerializedInput = getInputsAndOutputs ? state.Input : null,
            SerializedOutput = getInputsAndOutputs ? state.Output : null,
            SerializedCustomStatus = state.Status,
            FailureDetails = state.FailureDetails.ToSdk() ?? FailureFromOutput(state),
        };

    // The Azure Storage provider keeps a failed orchestration's FailureDetails as its output (framework JSON).
    private static TaskFailureDetails? FailureFromOutput(OrchestrationState state)
    {
        if (state.OrchestrationStatus != OrchestrationStatus.Failed || string.IsNullOrEmpty(state.Output))
        {
            return null;
        }

        try
        {
            return JsonConvert.DeserializeObject<CoreFailureDetails>(state.Output).ToSdk() ?? FromExceptionText(state.Output);
        }
        catch (JsonException)
        {
            return FromExceptionText(state.Output);
        }
    }

    /// <summary>
    /// Without failure details the provider keeps the exception's text (<c>Type: message</c>, then the stack):
    /// split it so the message starts with the exception's own message (and its error code), as on the other backends.
    /// </summary>
    internal static TaskFailureDetails FromExceptionText(string text)
    {
        var end = text.Length;
        foreach (var marker in (string[])[" ---> ", "\n   at ", "\r\n   at "])
        {
            var index = text.IndexOf(marker, StringComparison.Ordinal);
            if (index >= 0 && index < end)
            {
                end = index;
            }
        }

        var head = text[..end];
        var separator = head.IndexOf(": ", StringComparison.Ordinal);
        var type = separator > 0 ? head[..separator] : null;
        if (type is null || type.Contains(' ', StringComparison.Ordinal) || !type.Contains('.', StringComparison.Ordinal))
        {
            return new TaskFailureDetails("OrchestrationFailed", text, null, null, null);
        }

        return new TaskFailureDetails(type, head[(separator + 2)..].TrimEnd(), end < text.Length ? text[end..].TrimStart() : null, null, null);
    }
}
