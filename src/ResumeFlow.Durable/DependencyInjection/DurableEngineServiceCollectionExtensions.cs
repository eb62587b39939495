using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.Client;
using ResumeFlow.Durable.Engine;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.DependencyInjection;

/// <summary>Registers the embedded engine as a hosted service and as the <see cref="IOrchestrationClient"/>.</summary>
public static class DurableEngineServiceCollectionExtensions
{
    /// <summary>
    /// Adds the engine. Options bind from the <c>Durable</c> configuration section when a configuration
    /// is registered; <paramref name="configure"/> runs after binding. Every orchestrator and activity
    /// registered with <c>AddOrchestrator</c>/<c>AddActivity</c> is runnable.
    /// </summary>
    public static IServiceCollection AddDurableEngine(this IServiceCollection services, Action<DurableEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(services);

        // Bound when a configuration is registered (hosts), so a bare ServiceCollection works too.
        var options = services.AddOptions<DurableEngineOptions>()
            .Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(DurableEngineOptions.SectionName).Bind(o));
        if (configure is not null)
        {
            options.Configure(configure);
        }

        options.ValidateDataAnnotations().ValidateOnStart();

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<DurableEngine>(sp => new DurableEngine(
            sp,
            sp.GetRequiredService<IOptions<DurableEngineOptions>>().Value,
            sp.GetServices<TaskRegistration>(),
            sp.GetRequiredService<TimeProvider>(),
            sp.GetRequiredService<Microsoft.Extensions.Logging.ILoggerFactory>()));
        services.AddHostedService(sp => sp.GetRequiredService<DurableEngine>());
        services.TryAddSingleton(sp => new EmbeddedOrchestrationClient(sp.GetRequiredService<DurableEngine>()));
        services.TryAddSingleton<IOrchestrationClient>(sp => sp.GetRequiredService<EmbeddedOrchestrationClient>());
        services.TryAddSingleton<IOrchestrationHistoryReader>(sp => sp.GetRequiredService<EmbeddedOrchestrationClient>());
        return services;
    }
}
