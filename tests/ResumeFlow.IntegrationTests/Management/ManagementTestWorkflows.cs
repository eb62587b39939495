using Microsoft.DurableTask;

namespace ResumeFlow.IntegrationTests.Management;

public sealed record ApprovalRequest(string Document);

/// <summary>Sets a custom status, waits for an "approve" event and returns what it carried.</summary>
public sealed class MgmtApproval : TaskOrchestrator<ApprovalRequest, string>
{
    public override async Task<string> RunAsync(TaskOrchestrationContext context, ApprovalRequest input)
    {
        context.SetCustomStatus(new { phase = "waiting", document = input.Document });
        var greeting = await context.CallActivityAsync<string>(nameof(MgmtGreet), input.Document);
        var decision = await context.WaitForExternalEvent<Decision>("approve");
        return $"{greeting} {decision.By}";
    }
}

public sealed record Decision(string By);

public sealed class MgmtGreet : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) => Task.FromResult($"approved {input} by");
}

public sealed class MgmtFailing : TaskOrchestrator<string?, string>
{
    public override Task<string> RunAsync(TaskOrchestrationContext context, string? input) => throw new InvalidOperationException("boom");
}
