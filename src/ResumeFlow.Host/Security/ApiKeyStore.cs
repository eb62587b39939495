using System.Security.Cryptography;
using System.Text;

namespace ResumeFlow.Host.Security;

/// <summary>
/// The key every data request must present. From <c>Host:ApiKey</c> when configured; otherwise a
/// random key generated once and kept in a 0600 file in the data folder (only its path is logged).
/// </summary>
internal sealed partial class ApiKeyStore
{
    public const string ConfigurationKey = "Host:ApiKey";
    public const string FileName = "host-api-key";

    private readonly byte[] _keyHash;

    public ApiKeyStore(IConfiguration configuration, IHostEnvironment environment, ILogger<ApiKeyStore> logger)
    {
        var configured = configuration[ConfigurationKey];
        string key;
        if (!string.IsNullOrWhiteSpace(configured))
        {
            key = configured.Trim();
        }
        else
        {
            KeyFilePath = Path.Combine(HostDataDirectory.Resolve(configuration, environment), FileName);
            key = LoadOrCreate(KeyFilePath);
            LogKeyFile(logger, KeyFilePath);
        }

        _keyHash = SHA256.HashData(Encoding.UTF8.GetBytes(key));
    }

    /// <summary>Where the generated key is kept; null when the key comes from configuration.</summary>
    public string? KeyFilePath { get; }

    /// <summary>Constant-time comparison (of SHA-256 digests, so lengths leak nothing either).</summary>
    public bool Matches(string candidate)
        => CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(candidate)), _keyHash);

    private static string LoadOrCreate(string path)
    {
        if (File.Exists(path))
        {
            var existing = File.ReadAllText(path).Trim();
            if (existing.Length > 0)
            {
                return existing;
            }
        }

        var key = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write, Share = FileShare.None };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        using (var stream = new FileStream(path, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(key);
        }

        if (!OperatingSystem.IsWindows())
        {
            // UnixCreateMode applies to new files only; tighten an existing empty one too.
            File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        return key;
    }

    [LoggerMessage(EventId = 100, Level = LogLevel.Information, Message = "No Host:ApiKey configured; requests need the generated key stored in {KeyFilePath}")]
    private static partial void LogKeyFile(ILogger logger, string keyFilePath);
}
