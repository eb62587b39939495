using DurableTask.Core;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>
/// Hands the framework a placeholder for every activity; the dispatcher middleware fills it with
/// the SDK activity resolved from the worker's factory (the framework lets middleware replace an
/// orchestration's execution, not an activity's).
/// </summary>
internal sealed class ShimActivityManager : INameVersionObjectManager<TaskActivity>
{
    public void Add(ObjectCreator<TaskActivity> creator) => throw new NotSupportedException();

    public TaskActivity GetObject(string name, string? version) => new DeferredTaskActivity();
}
