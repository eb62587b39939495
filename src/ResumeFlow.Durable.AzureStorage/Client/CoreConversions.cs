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
            return JsonConvert.DeserializeObject<CoreFailureDetails>(state.Output).ToSdk()
                ?? new TaskFailureDetails("OrchestrationFailed", state.Output, null, null, null);
        }
        catch (JsonException)
        {
            return new TaskFailureDetails("OrchestrationFailed", state.Output, null, null, null);
        }
    }
}
