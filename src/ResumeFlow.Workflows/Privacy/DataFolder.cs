using Microsoft.Extensions.Configuration;

namespace ResumeFlow.Workflows.Privacy;

/// <summary>
/// The one place the host and the CLI decide where candidate data lives: the configured folder, else
/// a per-user folder outside any repository (<c>$XDG_DATA_HOME/resumeflow/{app}</c>, i.e.
/// <c>~/.local/share/resumeflow/{app}</c>). The folder is created 0700 and the process umask set to
/// 077, so the stores' databases, blobs and the key file are created 0600 without each store knowing.
/// </summary>
public static class DataFolder
{
    private const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;

    /// <summary>The default folder of <paramref name="app"/> ("host", "cli"): each app keeps its own engine database.</summary>
    public static string DefaultFor(string app)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(app);

        // On Unix this is $XDG_DATA_HOME, else ~/.local/share; on Windows %LOCALAPPDATA%.
        var root = Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData, Environment.SpecialFolderOption.Create);
        if (string.IsNullOrEmpty(root))
        {
            root = Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".local", "share");
        }

        return Path.Combine(root, "resumeflow", app);
    }

    /// <summary>Resolves (relative to <paramref name="baseDirectory"/>), creates and locks down the data folder.</summary>
    public static string Resolve(string? configured, string baseDirectory, string app)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(baseDirectory);
        var full = string.IsNullOrWhiteSpace(configured) ? DefaultFor(app) : Path.GetFullPath(configured, baseDirectory);
        RestrictNewFiles();
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(full);
            return full;
        }

        Directory.CreateDirectory(full, OwnerOnly);

        // An existing folder (created by an older version, 0755) is tightened too.
        if ((File.GetUnixFileMode(full) & ~OwnerOnly) != 0)
        {
            File.SetUnixFileMode(full, OwnerOnly);
        }

        return full;
    }

    /// <summary>Points every embedded store that is not configured explicitly into <paramref name="folder"/>.</summary>
    public static void ApplyStoreDefaults(IConfiguration configuration, string folder)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        SetDefault(configuration, "Storage:Artifacts:RootPath", Path.Combine(folder, "artifacts"));
        SetDefault(configuration, "Storage:Documents:DatabasePath", Path.Combine(folder, "documents.db"));
        SetDefault(configuration, "Durable:DatabasePath", Path.Combine(folder, "durable.db"));
        SetDefault(configuration, "Llm:CacheDirectory", Path.Combine(folder, "llm-cache"));
    }

    /// <summary>umask 077: files this process creates are 0600 and folders 0700 (CVs, keys, databases).</summary>
    public static void RestrictNewFiles()
    {
        if (!OperatingSystem.IsWindows())
        {
            _ = NativeMethods.umask(0x3F);
        }
    }

    private static void SetDefault(IConfiguration configuration, string key, string value)
    {
        if (string.IsNullOrEmpty(configuration[key]))
        {
            configuration[key] = value;
        }
    }
}
