using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;

namespace ResumeFlow.Durable.DependencyInjection;

/// <summary>A worker and a client on the embedded engine in one call: what a single-process host (CLI, local host, tests) needs.</summary>
public static class SqliteDurableTaskServiceCollectionExtensions
{
    public static IServiceCollection AddEmbeddedDurableTask(this IServiceCollection services, Action<DurableTaskRegistry> registerTasks, Action<DurableEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(registerTasks);
        services.AddDurableTaskWorker(worker => worker.AddTasks(registerTasks).UseSqlite(configure));
        services.AddDurableTaskClient(client => client.UseSqlite(configure));
        return services;
    }
}
