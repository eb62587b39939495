using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using ResumeFlow.Storage.Artifacts;
using ResumeFlow.Storage.Configuration;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Storage;

namespace ResumeFlow.Storage.Tests.Configuration;

public sealed class StorageRegistrationTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public void Without_configuration_the_embedded_default_is_used_under_dot_resumeflow()
    {
        using var provider = Build([]);

        var artifacts = provider.GetRequiredService<IOptions<ArtifactStorageOptions>>().Value;
        var documents = provider.GetRequiredService<IOptions<DocumentStorageOptions>>().Value;

        Assert.Equal(ArtifactStorageProvider.FileSystem, artifacts.Provider);
        Assert.Equal(Path.Combine(".resumeflow", "artifacts"), artifacts.RootPath);
        Assert.Equal(DocumentStorageProvider.Sqlite, documents.Provider);
        Assert.Equal(Path.Combine(".resumeflow", "documents.db"), documents.DatabasePath);
    }

    [Fact]
    public async Task Configured_paths_are_used_by_the_embedded_stores()
    {
        var folder = Path.Combine(Path.GetTempPath(), "resumeflow-tests", Guid.NewGuid().ToString("N"));
        await using var services = StorageServices.Create(StorageServices.EmbeddedSettings(folder), folder);

        await services.Artifacts.PutAsync(ArtifactContainers.Reports, "r.json", new MemoryStream("{}"u8.ToArray()), "application/json", Ct);
        await services.Documents.UpsertAsync(DocumentContainers.Jobs, "j1", "j1", new { title = "x" }, cancellationToken: Ct);

        Assert.True(File.Exists(Path.Combine(folder, "artifacts", "reports", "r.json")));
        Assert.True(File.Exists(Path.Combine(folder, "documents.db")));
    }

    [Theory]
    [InlineData("Artifacts:Provider", "Blob", "storage_blob_endpoint_missing")]
    [InlineData("Documents:Provider", "Cosmos", "storage_cosmos_endpoint_missing")]
    [InlineData("Artifacts:RootPath", " ", "storage_artifacts_root_missing")]
    [InlineData("Documents:Database", "bad name!", "storage_cosmos_database_invalid")]
    public void Invalid_settings_fail_validation_with_a_stable_code(string key, string value, string code)
    {
        using var provider = Build(new Dictionary<string, string?> { [$"Storage:{key}"] = value });
        AssertValidationFails(provider, code);
    }

    [Fact]
    public void Empty_endpoints_as_in_local_settings_count_as_missing()
    {
        using var provider = Build(new Dictionary<string, string?>
        {
            ["Storage:Documents:Provider"] = "Cosmos",
            ["Storage:Documents:Endpoint"] = string.Empty,
        });

        AssertValidationFails(provider, "storage_cosmos_endpoint_missing");
    }

    private static void AssertValidationFails(ServiceProvider provider, string code)
    {
        var error = Assert.Throws<OptionsValidationException>(() =>
        {
            _ = provider.GetRequiredService<IOptions<ArtifactStorageOptions>>().Value;
            _ = provider.GetRequiredService<IOptions<DocumentStorageOptions>>().Value;
        });

        Assert.Contains(code, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_overload_taking_configuration_binds_the_storage_section()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Storage:Artifacts:Provider"] = "Blob",
                ["Storage:Artifacts:ConnectionString"] = "UseDevelopmentStorage=true",
                ["Storage:Documents:DatabasePath"] = "custom.db",
            })
            .Build();
        var services = new ServiceCollection();
        services.AddResumeFlowStorage(configuration);
        using var provider = services.BuildServiceProvider();

        Assert.Equal(ArtifactStorageProvider.Blob, provider.GetRequiredService<IOptions<ArtifactStorageOptions>>().Value.Provider);
        Assert.Equal("custom.db", provider.GetRequiredService<IOptions<DocumentStorageOptions>>().Value.DatabasePath);
    }

    private static ServiceProvider Build(Dictionary<string, string?> settings)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IConfiguration>(new ConfigurationBuilder().AddInMemoryCollection(settings).Build());
        services.AddResumeFlowStorage();
        return services.BuildServiceProvider();
    }
}
