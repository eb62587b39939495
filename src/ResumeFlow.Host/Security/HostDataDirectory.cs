namespace ResumeFlow.Host.Security;

/// <summary>
/// The host's data folder (<c>Host:DataDirectory</c>): engine database and generated API key. The
/// default, <c>.resumeflow</c> under the content root, is the folder the CLI and the embedded stores
/// use too, so engine state and the artifacts it refers to never live apart; the repository ignores it.
/// </summary>
public static class HostDataDirectory
{
    public const string ConfigurationKey = "Host:DataDirectory";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[ConfigurationKey];
        var folder = string.IsNullOrWhiteSpace(configured) ? ".resumeflow" : configured;
        var full = Path.GetFullPath(Path.IsPathRooted(folder) ? folder : Path.Combine(environment.ContentRootPath, folder));

        Directory.CreateDirectory(full);
        return full;
    }
}
