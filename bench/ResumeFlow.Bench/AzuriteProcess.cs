using System.Diagnostics;
using System.Text.RegularExpressions;

namespace ResumeFlow.Bench;

/// <summary>
/// Azurite for a benchmark: the one scripts/test.sh exported (RESUMEFLOW_TEST_AZURITE_CONNECTION_STRING), or
/// else the repository's pinned Azurite (scripts/emulators, installed by `npm ci` there) started on
/// OS-chosen loopback ports with its data in a temp folder, stopped on dispose.
/// </summary>
internal sealed partial class AzuriteProcess : IDisposable
{
    // Azurite's fixed development account key (public, documented by Microsoft; not a secret).
    private const string DevelopmentKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";
    private readonly Process? _process;
    private readonly string? _dataDirectory;

    private AzuriteProcess(string connectionString, Process? process, string? dataDirectory)
    {
        ConnectionString = connectionString;
        _process = process;
        _dataDirectory = dataDirectory;
    }

    public string ConnectionString { get; }

    public static async Task<AzuriteProcess> StartAsync(CancellationToken cancellationToken)
    {
        var exported = Environment.GetEnvironmentVariable("RESUMEFLOW_TEST_AZURITE_CONNECTION_STRING");
        if (!string.IsNullOrWhiteSpace(exported))
        {
            return new AzuriteProcess(exported, null, null);
        }

        var root = RepositoryRoot.Find() ?? throw new InvalidOperationException("run from the repository (Functions.sln not found)");
        var azurite = Path.Combine(root, "scripts", "emulators", "node_modules", "azurite", "dist", "src", "azurite.js");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException("Azurite is not installed: run `npm ci` in scripts/emulators (or run `bash scripts/test.sh` once).");
        }

        var data = Directory.CreateTempSubdirectory("resumeflow-bench-azurite-").FullName;
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var argument in new[]
                 {
                     azurite, "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--location", data,
                     "--blobHost", "127.0.0.1", "--blobPort", "0", "--queueHost", "127.0.0.1", "--queuePort", "0",
                     "--tableHost", "127.0.0.1", "--tablePort", "0",
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start Azurite");
        var ports = new Dictionary<string, string>(StringComparer.Ordinal);
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(TimeSpan.FromSeconds(60));
        while (ports.Count < 3 && await process.StandardOutput.ReadLineAsync(timeout.Token) is { } line)
        {
            if (ListeningLine().Match(line) is { Success: true } match)
            {
                ports[match.Groups[1].Value] = match.Groups[2].Value;
            }
        }

        if (ports.Count < 3)
        {
            throw new InvalidOperationException("Azurite exited before listening on blob, queue and table ports");
        }

        var connection = $"DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey={DevelopmentKey};" +
            $"BlobEndpoint=http://127.0.0.1:{ports["Blob"]}/devstoreaccount1;QueueEndpoint=http://127.0.0.1:{ports["Queue"]}/devstoreaccount1;" +
            $"TableEndpoint=http://127.0.0.1:{ports["Table"]}/devstoreaccount1;";
        return new AzuriteProcess(connection, process, data);
    }

    public void Dispose()
    {
        if (_process is not null)
        {
            _process.Kill(entireProcessTree: true);
            _process.WaitForExit();
            _process.Dispose();
        }

        if (_dataDirectory is not null)
        {
            Directory.Delete(_dataDirectory, recursive: true);
        }
    }

    [GeneratedRegex(@"Azurite (Blob|Queue|Table) service is successfully listening at http://127\.0\.0\.1:(\d+)")]
    private static partial Regex ListeningLine();
}
