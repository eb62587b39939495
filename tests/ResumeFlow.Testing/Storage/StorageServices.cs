using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Storage;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Testing.Storage;

/// <summary>
/// The stores exactly as an app gets them: <c>AddResumeFlowStorage</c> over the given settings
/// (keys relative to the <c>Storage</c> section, e.g. <c>Documents:Provider</c>).
/// </summary>
public sealed class StorageServices : IAsyncDisposable
{
    private readonly ServiceProvider _provider;
    private readonly string? _ownedFolder;

    private StorageServices(ServiceProvider provider, string? ownedFolder)
    {
        _provider = provider;
        _ownedFolder = ownedFolder;
    }

    public IArtifactStore Artifacts => _provider.GetRequiredService<IArtifactStore>();

    public IDocumentStore Documents => _provider.GetRequiredService<IDocumentStore>();

    /// <summary>The temp folder holding an embedded store's files (deleted on dispose), or null.</summary>
    public string? Folder => _ownedFolder;

    public static StorageServices Create(IReadOnlyDictionary<string, string?> storageSettings, string? ownedFolder = null)
    {
        ArgumentNullException.ThrowIfNull(storageSettings);
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(storageSettings.Select(pair => new KeyValuePair<string, string?>($"Storage:{pair.Key}", pair.Value)))
            .Build();
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(configuration);
        services.AddResumeFlowStorage();
        return new StorageServices(services.BuildServiceProvider(new ServiceProviderOptions { ValidateOnBuild = true, ValidateScopes = true }), ownedFolder);
    }

    /// <summary>The embedded default (folder + SQLite) in a fresh temp folder, deleted on dispose.</summary>
    public static StorageServices CreateEmbedded()
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Create(EmbeddedSettings(folder), folder);
    }

    public static IReadOnlyDictionary<string, string?> EmbeddedSettings(string folder) => new Dictionary<string, string?>
    {
        ["Artifacts:Provider"] = "FileSystem",
        ["Artifacts:RootPath"] = Path.Combine(folder, "artifacts"),
        ["Documents:Provider"] = "Sqlite",
        ["Documents:DatabasePath"] = Path.Combine(folder, "documents.db"),
    };

    public async ValueTask DisposeAsync()
    {
        await _provider.DisposeAsync();
        if (_ownedFolder is not null)
        {
            try
            {
                Directory.Delete(_ownedFolder, recursive: true);
            }
            catch (IOException)
            {
                // A leftover temp folder is harmless.
            }
        }
    }
}
