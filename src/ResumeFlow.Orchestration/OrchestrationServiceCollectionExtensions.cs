using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ResumeFlow.Orchestration;

/// <summary>Registers orchestrators and activities by name, independently of the engine that runs them.</summary>
public static class OrchestrationServiceCollectionExtensions
{
    public static IServiceCollection AddOrchestrator<T>(this IServiceCollection services, string? name = null)
        where T : class, IOrchestrator
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddTransient<T>();
        services.AddSingleton(new TaskRegistration(name ?? typeof(T).Name, TaskKind.Orchestrator, typeof(T)));
        return services;
    }

    public static IServiceCollection AddActivity<T>(this IServiceCollection services, string? name = null)
        where T : class, IActivity
    {
        ArgumentNullException.ThrowIfNull(services);
        services.TryAddTransient<T>();
        services.AddSingleton(new TaskRegistration(name ?? typeof(T).Name, TaskKind.Activity, typeof(T)));
        return services;
    }
}
