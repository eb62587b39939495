using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.Client;
using ResumeFlow.Durable.Engine;
using ResumeFlow.Durable.Worker;

namespace ResumeFlow.Durable.DependencyInjection;

/// <summary>
/// Plugs the embedded SQLite engine into the Durable Task SDK, as <c>UseGrpc()</c> plugs in a sidecar:
/// <code>
/// services.AddDurableTaskWorker(b => { b.AddTasks(r => r.AddOrchestrator&lt;X&gt;()); b.UseSqlite(o => o.DatabasePath = path); });
/// services.AddDurableTaskClient(b => b.UseSqlite());
/// </code>
/// Worker and client share one engine per service provider. Options bind from the <c>Durable</c>
/// configuration section when a configuration is registered; <c>configure</c> runs after binding.
/// </summary>
public static class SqliteDurableTaskBuilderExtensions
{
    public static IDurableTaskWorkerBuilder UseSqlite(this IDurableTaskWorkerBuilder builder, Action<DurableEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddEngine(builder.Services, configure);
        return builder.UseBuildTarget<EmbeddedDurableTaskWorker>();
    }

    public static IDurableTaskClientBuilder UseSqlite(this IDurableTaskClientBuilder builder, Action<DurableEngineOptions>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        AddEngine(builder.Services, configure);
        return builder.UseBuildTarget<EmbeddedDurableTaskClient>();
    }

    private static void AddEngine(IServiceCollection services, Action<DurableEngineOptions>? configure)
    {
        var options = services.AddOptions<DurableEngineOptions>();
        if (!services.Any(d => d.ServiceType == typeof(DurableEngine)))
        {
            // Bound when a configuration is registered (hosts), so a bare ServiceCollection works too.
            options.Configure<IServiceProvider>((o, sp) => sp.GetService<IConfiguration>()?.GetSection(DurableEngineOptions.SectionName).Bind(o))
                .ValidateDataAnnotations()
                .ValidateOnStart();
        }

        if (configure is not null)
        {
            options.Configure(configure);
        }

        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(sp => new DurableEngine(
            sp,
            sp.GetRequiredService<IOptions<DurableEngineOptions>>().Value,
            sp.GetRequiredService<TimeProvider>(),
            sp.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance));
        services.TryAddSingleton<IOrchestrationHistoryReader, SqliteHistoryReader>();
    }
}
