using Microsoft.DurableTask;
using Microsoft.Extensions.Options;
using ResumeFlow.Durable.Hosting;
using ResumeFlow.Durable.Hosting.DependencyInjection;
using ResumeFlow.Host.ErrorHandling;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Host.Security;

namespace ResumeFlow.Host.Management;

/// <summary>The durable runtime as the host runs it: backend and role from the <c>Durable</c> section.</summary>
public static class DurableHostExtensions
{
    /// <summary>
    /// Adds the worker and client of <c>Durable:Backend</c> (<c>Sqlite</c> by default, database
    /// <c>Durable:DatabasePath</c>, default <c>{Host:DataDirectory}/durable.db</c>; or <c>AzureStorage</c>,
    /// settings under <c>Durable:AzureStorage</c>) for <c>Durable:Role</c>, the management API's services
    /// and the API key for writes.
    /// </summary>
    public static WebApplicationBuilder AddDurableBackend(this WebApplicationBuilder builder, Action<DurableTaskRegistry>? registerTasks = null)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var configuration = builder.Configuration;
        var environment = builder.Environment;
        void DefaultDatabase(Durable.DependencyInjection.DurableEngineOptions options)
        {
            if (string.IsNullOrWhiteSpace(options.DatabasePath))
            {
                options.DatabasePath = Path.Combine(HostDataDirectory.Resolve(configuration, environment), "durable.db");
            }
        }

        // The same orchestrator and activity classes as the Functions app, on either backend.
        builder.Services.AddDurableBackend(configuration, registerTasks ?? (tasks => tasks.AddResumeFlowTasks()), DefaultDatabase);
        builder.Services.AddWorkflowDataConverter();
        builder.Services.AddDurableManagementApi();
        return builder;
    }

    /// <summary>
    /// In the worker role only <c>/healthz</c> answers: the routes stay mapped (one table of contents in
    /// Program.cs) but a worker serves no data, so every other path gets the coded 404.
    /// </summary>
    public static IApplicationBuilder UseDurableRole(this IApplicationBuilder app)
    {
        ArgumentNullException.ThrowIfNull(app);
        var role = app.ApplicationServices.GetRequiredService<IOptions<DurableBackendOptions>>().Value.Role;
        if (role != DurableRole.Worker)
        {
            return app;
        }

        return app.Use(async (context, next) =>
        {
            if (context.Request.Path.Equals(HealthPath, StringComparison.OrdinalIgnoreCase))
            {
                await next(context).ConfigureAwait(false);
                return;
            }

            await ErrorResults.Result(StatusCodes.Status404NotFound, WorkerRoleCode, "This process is a Durable worker (Durable:Role=Worker); it serves /healthz only.")
                .ExecuteAsync(context).ConfigureAwait(false);
        });
    }

    /// <summary>The health route every role serves.</summary>
    public const string HealthPath = "/healthz";

    /// <summary>Error code of a data route asked of a worker-only process.</summary>
    public const string WorkerRoleCode = "worker_role_no_routes";
}
