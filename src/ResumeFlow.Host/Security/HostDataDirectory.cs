namespace ResumeFlow.Host.Security;

/// <summary>The host's data folder (<c>Host:DataDirectory</c>, default <c>data</c> under the content root): engine database, generated key.</summary>
public static class HostDataDirectory
{
    public const string ConfigurationKey = "Host:DataDirectory";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[ConfigurationKey];
        var path = string.IsNullOrWhiteSpace(configured) ? "data" : configured;
        var full = Path.GetFullPath(Path.IsPathRooted(path) ? path : Path.Combine(environment.ContentRootPath, path));
        Directory.CreateDirectory(full);
        return full;
    }
}
