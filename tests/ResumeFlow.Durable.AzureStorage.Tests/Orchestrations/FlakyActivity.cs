using System.Collections.Concurrent;
using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Tests.Orchestrations;

/// <summary>Fails the first <c>input</c> attempts of each instance, then returns how many attempts it took.</summary>
public sealed class FlakyActivity : TaskActivity<int, int>
{
    private static readonly ConcurrentDictionary<string, int> Attempts = new();

    public override Task<int> RunAsync(TaskActivityContext context, int input)
    {
        var attempt = Attempts.AddOrUpdate(context.InstanceId, 1, (_, n) => n + 1);
        return attempt <= input
            ? throw new InvalidOperationException($"transient failure {attempt}")
            : Task.FromResult(attempt);
    }
}
