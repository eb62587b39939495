using Azure.Identity;
using Azure.Storage.Blobs;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Artifacts.Blob;
using ResumeFlow.Storage.Artifacts.FileSystem;
using ResumeFlow.Storage.Configuration;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Storage.Documents.Cosmos;
using ResumeFlow.Storage.Documents.Sqlite;

namespace ResumeFlow.Storage;

/// <summary>Registers <see cref="IArtifactStore"/> and <see cref="IDocumentStore"/> from the <c>Storage</c> configuration section.</summary>
public static class StorageServiceCollectionExtensions
{
    public const string SectionName = "Storage";

    /// <summary>
    /// Adds the stores, bound to <c>Storage:Artifacts</c> and <c>Storage:Documents</c> of the
    /// <see cref="IConfiguration"/> registered in the container. Without configuration the
    /// embedded default applies: a folder and a SQLite file under <c>.resumeflow/</c>.
    /// </summary>
    public static IServiceCollection AddResumeFlowStorage(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions<ArtifactStorageOptions>().BindConfiguration(ArtifactStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DocumentStorageOptions>().BindConfiguration(DocumentStorageOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        return AddStores(services);
    }

    /// <summary>Adds the stores, bound to the <c>Storage</c> section of <paramref name="configuration"/> (the root, or the section itself).</summary>
    public static IServiceCollection AddResumeFlowStorage(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var storage = configuration is IConfigurationSection { Key: SectionName } section ? section : configuration.GetSection(SectionName);
        services.AddOptions<ArtifactStorageOptions>().Bind(storage.GetSection("Artifacts")).ValidateDataAnnotations().ValidateOnStart();
        services.AddOptions<DocumentStorageOptions>().Bind(storage.GetSection("Documents")).ValidateDataAnnotations().ValidateOnStart();
        return AddStores(services);
    }

    private static IServiceCollection AddStores(IServiceCollection services)
    {
        services.TryAddSingleton<IArtifactStore>(CreateArtifactStore);
        services.TryAddSingleton<IDocumentStore>(CreateDocumentStore);
        return services;
    }

    private static IArtifactStore CreateArtifactStore(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<ArtifactStorageOptions>>().Value;
        var loggers = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        return options.Provider switch
        {
            ArtifactStorageProvider.Blob => new BlobArtifactStore(
                string.IsNullOrWhiteSpace(options.ConnectionString)
                    ? new BlobServiceClient(options.ServiceUri, new DefaultAzureCredential())
                    : new BlobServiceClient(options.ConnectionString),
                options.CreateContainers,
                loggers.CreateLogger<BlobArtifactStore>()),
            _ => new FileSystemArtifactStore(options.RootPath, loggers.CreateLogger<FileSystemArtifactStore>()),
        };
    }

    private static IDocumentStore CreateDocumentStore(IServiceProvider provider)
    {
        var options = provider.GetRequiredService<IOptions<DocumentStorageOptions>>().Value;
        var loggers = provider.GetService<ILoggerFactory>() ?? NullLoggerFactory.Instance;
        return options.Provider switch
        {
            DocumentStorageProvider.Cosmos => new CosmosDocumentStore(
                CosmosClientFactory.Create(options.Endpoint!, options.Key, loggers.CreateLogger(typeof(CosmosClientFactory).FullName!)),
                options.Database,
                options.CreateIfNotExists,
                loggers.CreateLogger<CosmosDocumentStore>()),
            _ => new SqliteDocumentStore(options.DatabasePath, loggers.CreateLogger<SqliteDocumentStore>()),
        };
    }
}
