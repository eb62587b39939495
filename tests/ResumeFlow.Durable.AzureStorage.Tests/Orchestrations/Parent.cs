using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>Runs <see cref="SumOfSquares"/> as two sub-orchestrations and adds their results.</summary>
public sealed class Parent : TaskOrchestrator<int, int>
{
    public override async Task<int> RunAsync(TaskOrchestrationContext context, int input)
    {
        var children = await Task.WhenAll(
            context.CallSubOrchestratorAsync<int>(nameof(SumOfSquares), input),
            context.CallSubOrchestratorAsync<int>(nameof(SumOfSquares), input, new SubOrchestrationOptions { InstanceId = context.InstanceId + "-child" }));
        return children.Sum();
    }
}
