using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResumeFlow.Durable.Hosting;
using ResumeFlow.Durable.Hosting.DependencyInjection;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Workflows;
using ResumeFlow.Workflows.Catalogue;
using ResumeFlow.Workflows.Privacy;

namespace ResumeFlow.Cli.Hosting;

/// <summary>
/// The embedded runtime of one CLI invocation: the stores (SQLite + a folder) and the durable engine
/// under the data folder, with every workflow registered. Starting it resumes whatever the engine
/// had in flight when a previous run was interrupted.
/// </summary>
internal static class CliHost
{
    /// <summary>The CLI's default data folder is <c>~/.local/share/resumeflow/cli</c>, apart from the host's (each runs its own engine).</summary>
    public const string DataFolderApp = "cli";

    /// <summary>
    /// Builds the host; with <paramref name="runEngine"/> it is started (the engine runs and resumes
    /// pending work), without it only the stores and the client are used (read-only commands must not
    /// run a second engine over a database another process is working on).
    /// </summary>
    public static async Task<CliRuntime> StartAsync(CliEnvironment environment, string dataFolder, CancellationToken cancellationToken, bool runEngine = true)
    {
        var root = DataFolder.Resolve(dataFolder, environment.WorkingDirectory, DataFolderApp);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = environment.WorkingDirectory,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(environment.Configuration);
        DataFolder.ApplyStoreDefaults(builder.Configuration, root);

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddResumeFlowStorage(builder.Configuration);
        builder.Services.AddDurableBackend(builder.Configuration, tasks => tasks.AddResumeFlowTasks());
        builder.Services.AddResumeFlowWorkflows();
        builder.Services.AddResumeFlowLlm();

        var host = builder.Build();

        // A data folder without an engine database has nothing running on it: start the engine so it creates its schema.
        // A shared task hub (Azure Storage) needs no start for reads, and a reader must not join it as a worker.
        var embedded = DurableBackendOptions.Read(builder.Configuration).Backend == DurableBackend.Sqlite;
        var start = runEngine || (embedded && !File.Exists(builder.Configuration["Durable:DatabasePath"]));
        if (start)
        {
            try
            {
                await host.StartAsync(cancellationToken).ConfigureAwait(false);
            }
            catch
            {
                host.Dispose();
                throw;
            }
        }

        return new CliRuntime(host, start);
    }
}
