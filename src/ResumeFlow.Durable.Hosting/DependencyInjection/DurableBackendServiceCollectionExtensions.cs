using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Durable.AzureStorage;
using ResumeFlow.Durable.DependencyInjection;

namespace ResumeFlow.Durable.Hosting.DependencyInjection;

/// <summary>The one registration of a host's durable runtime: the configured backend for worker and client alike.</summary>
public static class DurableBackendServiceCollectionExtensions
{
    /// <summary>
    /// Registers the SDK worker (unless <c>Durable:Role=Front</c>) and client on the backend <c>Durable:Backend</c> names
    /// (<see cref="DurableBackend.Sqlite"/> by default), with the same tasks on either. Backend settings bind from
    /// configuration, then the matching <paramref name="configureSqlite"/> or <paramref name="configureAzureStorage"/> applies.
    /// </summary>
    /// <exception cref="Microsoft.Extensions.Options.OptionsValidationException">The backend or role is invalid (stable error codes in the message).</exception>
    public static IServiceCollection AddDurableBackend(
        this IServiceCollection services,
        IConfiguration configuration,
        Action<DurableTaskRegistry> registerTasks,
        Action<DurableEngineOptions>? configureSqlite = null,
        Action<AzureStorageDurableOptions>? configureAzureStorage = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(registerTasks);
        var selected = DurableBackendOptions.Read(configuration);
        services.AddOptions<DurableBackendOptions>().Configure(o =>
        {
            o.Backend = selected.Backend;
            o.Role = selected.Role;
        });

        if (selected.Backend == DurableBackend.Sqlite)
        {
            return services.AddEmbeddedDurableTask(registerTasks, configureSqlite);
        }

        if (selected.RunsWorker)
        {
            services.AddDurableTaskWorker(worker => worker.AddTasks(registerTasks).UseAzureStorage(configureAzureStorage));
        }

        services.AddDurableTaskClient(client => client.UseAzureStorage(configureAzureStorage));
        return services;
    }
}
