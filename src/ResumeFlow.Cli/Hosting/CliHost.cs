using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Llm;
using ResumeFlow.Storage;
using ResumeFlow.Workflows;
using ResumeFlow.Workflows.Catalogue;

namespace ResumeFlow.Cli.Hosting;

/// <summary>
/// The embedded runtime of one CLI invocation: the stores (SQLite + a folder) and the durable engine
/// under the data folder, with every workflow registered. Starting it resumes whatever the engine
/// had in flight when a previous run was interrupted.
/// </summary>
internal static class CliHost
{
    /// <summary>
    /// Builds the host; with <paramref name="runEngine"/> it is started (the engine runs and resumes
    /// pending work), without it only the stores and the client are used (read-only commands must not
    /// run a second engine over a database another process is working on).
    /// </summary>
    public static async Task<CliRuntime> StartAsync(CliEnvironment environment, string dataFolder, CancellationToken cancellationToken, bool runEngine = true)
    {
        var root = environment.Resolve(dataFolder);
        Directory.CreateDirectory(root);

        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = environment.WorkingDirectory,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddEnvironmentVariables();
        builder.Configuration.AddInMemoryCollection(environment.Configuration);
        SetDefault(builder.Configuration, "Storage:Artifacts:RootPath", Path.Combine(root, "artifacts"));
        SetDefault(builder.Configuration, "Storage:Documents:DatabasePath", Path.Combine(root, "documents.db"));
        SetDefault(builder.Configuration, "Durable:DatabasePath", Path.Combine(root, "durable.db"));
        SetDefault(builder.Configuration, "Llm:CacheDirectory", Path.Combine(root, "llm-cache"));

        builder.Logging.ClearProviders();
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Logging.AddSimpleConsole(o => o.SingleLine = true);
        builder.Services.Configure<Microsoft.Extensions.Logging.Console.ConsoleLoggerOptions>(o => o.LogToStandardErrorThreshold = LogLevel.Trace);

        builder.Services.AddResumeFlowStorage(builder.Configuration);
        builder.Services.AddEmbeddedDurableTask(tasks => tasks.AddResumeFlowTasks());
        builder.Services.AddResumeFlowWorkflows();
        builder.Services.AddResumeFlowLlm();

        var host = builder.Build();

        // A data folder without an engine database has nothing running on it: start the engine so it creates its schema.
        var start = runEngine || !File.Exists(builder.Configuration["Durable:DatabasePath"]);
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

    private static void SetDefault(ConfigurationManager configuration, string key, string value)
    {
        if (string.IsNullOrEmpty(configuration[key]))
        {
            configuration[key] = value;
        }
    }
}
