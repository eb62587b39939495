using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>Says it is waiting in its custom status, waits for the "approve" event and returns its payload.</summary>
public sealed class Approval : TaskOrchestrator<string, string>
{
    public const string EventName = "approve";

    public override async Task<string> RunAsync(TaskOrchestrationContext context, string input)
    {
        context.SetCustomStatus(new ApprovalStatus("waiting", input));
        var decision = await context.WaitForExternalEvent<string>(EventName);
        context.SetCustomStatus(new ApprovalStatus("decided", input));
        return $"{input}:{decision}";
    }
}
