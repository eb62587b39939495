using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;
using ResumeFlow.Testing;

namespace ResumeFlow.Durable.AzureStorage.Tests.ScaleOut;

/// <summary>
/// <c>ResumeFlow.Host</c> from its own build output as a child process in the <c>Worker</c> role, configured by
/// environment variables as a deployment would be; ready once <c>/healthz</c> answers. Its output is kept for
/// failure messages. Disposing kills it if it still runs.
/// </summary>
internal sealed class HostWorkerProcess : IAsyncDisposable
{
    private readonly Process _process;
    private readonly StringBuilder _output = new();

    private HostWorkerProcess(Process process)
    {
        _process = process;
        process.OutputDataReceived += (_, e) => Append(e.Data);
        process.ErrorDataReceived += (_, e) => Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return _output.ToString();
            }
        }
    }

    public static async Task<HostWorkerProcess> StartAsync(IReadOnlyDictionary<string, string> environment, CancellationToken cancellationToken)
    {
        var port = FreePort();
        var assembly = HostAssembly();
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = Path.GetDirectoryName(assembly)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(assembly);
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["Durable__Role"] = "Worker";
        // Not ASPNETCORE_URLS: appsettings.json's Urls would win over it.
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var worker = new HostWorkerProcess(Process.Start(start) ?? throw new InvalidOperationException("could not start the host"));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (worker._process.HasExited)
            {
                throw new InvalidOperationException($"the host exited ({worker._process.ExitCode}) before it was ready:\n{worker.Output}");
            }

            try
            {
                using var response = await http.GetAsync(new Uri($"http://127.0.0.1:{port}/healthz"), cancellationToken);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return worker;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            catch (TaskCanceledException) when (!cancellationToken.IsCancellationRequested)
            {
                // A slow answer on a loaded machine; ask again.
            }

            if (DateTime.UtcNow > deadline)
            {
                await worker.DisposeAsync();
                throw new TimeoutException($"the host did not answer /healthz within 90 s:\n{worker.Output}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    /// <summary>SIGKILL: no lease release, no cleanup; in-flight activities are simply abandoned.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }

        _process.Dispose();
    }

    /// <summary>The host from its own build output (same configuration as this test): its deps.json describes that folder.</summary>
    private static string HostAssembly()
    {
        var configuration = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar)).Parent!.Name;
        var root = RepositoryPaths.Root ?? throw new InvalidOperationException("repository root not found");
        var path = Path.Combine(root, "src", "ResumeFlow.Host", "bin", configuration, "net10.0", "ResumeFlow.Host.dll");
        return File.Exists(path) ? path : throw new FileNotFoundException("the test project's reference builds the host", path);
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }

        lock (_output)
        {
            // The last lines are what explain a failure; keep the buffer bounded.
            if (_output.Length > 64_000)
            {
                _output.Remove(0, 32_000);
            }

            _output.AppendLine(line);
        }
    }
}
