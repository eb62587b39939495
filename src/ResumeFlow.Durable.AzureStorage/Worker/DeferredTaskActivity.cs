using DurableTask.Core;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>A framework activity whose body is set by the dispatcher middleware before it runs.</summary>
internal sealed class DeferredTaskActivity : TaskActivity
{
    private TaskActivity? _inner;

    public void SetInner(TaskActivity inner) => _inner = inner;

    public override string Run(TaskContext context, string input) => throw new NotSupportedException();

    public override Task<string> RunAsync(TaskContext context, string input) =>
        (_inner ?? throw new InvalidOperationException("durable_activity_unresolved: the activity middleware did not run.")).RunAsync(context, input);
}
