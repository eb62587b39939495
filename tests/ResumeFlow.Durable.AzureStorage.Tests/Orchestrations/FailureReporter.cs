using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>Catches <see cref="AlwaysFails"/>' failure as <see cref="TaskFailedException"/> and returns what it carried; rethrows when input is "rethrow".</summary>
public sealed class FailureReporter : TaskOrchestrator<string, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        try
        {
            return await context.CallActivityAsync<string>(nameof(AlwaysFails), input);
        }
        catch (TaskFailedException e) when (input != "rethrow")
        {
            return $"{e.TaskName}|{e.FailureDetails.ErrorType}|{e.FailureDetails.ErrorMessage}";
        }
    }
}
