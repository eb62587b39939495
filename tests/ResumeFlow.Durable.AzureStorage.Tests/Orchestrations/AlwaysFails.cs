using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

public sealed class AlwaysFails : TaskActivity<string, string>
{
    public override Task<string> RunAsync(TaskActivityContext context, string input) =>
        throw new ArgumentException($"bad input: {input}");
}
