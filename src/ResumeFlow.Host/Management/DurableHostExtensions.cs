using Microsoft.DurableTask;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Host.Security;

namespace ResumeFlow.Host.Management;

/// <summary>The embedded engine as the host runs it: options from the <c>Durable</c> section, database in the data folder.</summary>
public static class DurableHostExtensions
{
    /// <summary>
    /// Adds the engine (<c>Durable:DatabasePath</c>, default <c>{Host:DataDirectory}/durable.db</c>), the
    /// management API's services and the API key for writes.
    /// </summary>
    public static WebApplicationBuilder AddEmbeddedDurableEngine(this WebApplicationBuilder builder, Action<DurableTaskRegistry>? registerTasks = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var environment = builder.Environment;
        void DefaultDatabase(DurableEngineOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.DatabasePath))
            {
                options.DatabasePath = Path.Combine(HostDataDirectory.Resolve(configuration, environment), "durable.db");
            }
        }

        // The same orchestrator and activity classes as the Functions app, on the embedded engine.
        builder.Services.AddEmbeddedDurableTask(registerTasks ?? (tasks => tasks.AddResumeFlowTasks()), DefaultDatabase);
        builder.Services.AddWorkflowDataConverter();
        builder.Services.AddDurableManagementApi();
        return builder;
    }
}
