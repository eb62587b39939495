using DurableTask.Core;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>
/// Resolves no orchestration: the dispatcher middleware of <see cref="AzureStorageDurableTaskWorker"/>
/// runs the SDK orchestrator itself and hands the framework the result.
/// </summary>
internal sealed class ShimOrchestrationManager : INameVersionObjectManager<TaskOrchestration>
{
    public void Add(ObjectCreator<TaskOrchestration> creator) => throw new NotSupportedException();

    public TaskOrchestration? GetObject(string name, string? version) => null;
}
