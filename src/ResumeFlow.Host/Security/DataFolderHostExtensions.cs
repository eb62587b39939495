using ResumeFlow.Workflows.Privacy;

namespace ResumeFlow.Host.Security;

/// <summary>Resolves the data folder once, before anything opens a store, and points the embedded stores into it.</summary>
public static class DataFolderHostExtensions
{
    public static WebApplicationBuilder AddPrivateDataFolder(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var folder = HostDataDirectory.Resolve(builder.Configuration, builder.Environment);
        builder.Configuration[HostDataDirectory.ConfigurationKey] = folder;
        DataFolder.ApplyStoreDefaults(builder.Configuration, folder);
        return builder;
    }
}
