using ResumeFlow.Workflows.Privacy;

namespace ResumeFlow.Host.Security;

/// <summary>
/// The host's data folder (<c>Host:DataDirectory</c>): engine database, generated API key and, unless
/// configured elsewhere, the embedded stores. Default <c>~/.local/share/resumeflow/host</c>, outside any
/// repository; created 0700 (see <see cref="DataFolder"/>).
/// </summary>
public static class HostDataDirectory
{
    public const string ConfigurationKey = "Host:DataDirectory";

    /// <summary>The default folder's name under <c>resumeflow/</c>; the CLI keeps its own next to it.</summary>
    public const string App = "host";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        return DataFolder.Resolve(configuration[ConfigurationKey], environment.ContentRootPath, App);
    }
}
