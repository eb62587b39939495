namespace ResumeFlow.Host.Security;

/// <summary>
/// The host's data folder (<c>Host:DataDirectory</c>): engine database and generated API key. The
/// default is outside the working tree (the user's local application data, <c>ResumeFlow</c>), so a
/// generated key can never be committed by accident.
/// </summary>
public static class HostDataDirectory
{
    public const string ConfigurationKey = "Host:DataDirectory";

    public static string Resolve(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration[ConfigurationKey];
        string full;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            full = Path.GetFullPath(Path.IsPathRooted(configured) ? configured : Path.Combine(environment.ContentRootPath, configured));
        }
        else
        {
            var local = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.DoNotVerify);
            full = string.IsNullOrEmpty(local)
                ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, ".resumeflow"))
                : Path.Combine(local, "ResumeFlow");
        }

        Directory.CreateDirectory(full);
        return full;
    }
}
