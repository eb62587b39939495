using ResumeFlow.Orchestration;

namespace ResumeFlow.IntegrationTests.Management;

public sealed record ApprovalRequest(string Document);

/// <summary>Sets a custom status, waits for an "approve" event and returns what it carried.</summary>
public sealed class MgmtApproval : Orchestrator<ApprovalRequest, string>
{
    public override async Task<string> RunAsync(IOrchestrationContext context, ApprovalRequest input)
    {
        context.SetCustomStatus(new { phase = "waiting", document = input.Document });
        var greeting = await context.CallActivityAsync<string>(nameof(MgmtGreet), input.Document);
        var decision = await context.WaitForExternalEvent<Decision>("approve");
        return $"{greeting} {decision.By}";
    }
}

public sealed record Decision(string By);

public sealed class MgmtGreet : Activity<string, string>
{
    public override Task<string> RunAsync(ActivityContext context, string input, CancellationToken cancellationToken) => Task.FromResult($"approved {input} by");
}

public sealed class MgmtFailing : Orchestrator<string?, string>
{
    public override Task<string> RunAsync(IOrchestrationContext context, string? input) => throw new InvalidOperationException("boom");
}
