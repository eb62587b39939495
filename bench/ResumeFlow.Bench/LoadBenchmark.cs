using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;

namespace ResumeFlow.Bench;

/// <summary>
/// The host under load, over HTTP on 127.0.0.1 (the host runs as its own process, so its memory is
/// measured alone): 200 concurrent status readers and 50 concurrent uploads, first idle (the baseline
/// of the same run), then while a screening of every seeded candidate (1,000) runs, for three rounds.
/// And the host's working set while six uploads just under the upload limit arrive in parallel,
/// against its idle working set (measured first, on the fresh host). Any non-2xx answer or exception
/// counts as an error.
/// </summary>
internal sealed class LoadBenchmark : IBenchmark
{
    private const string Key = "bench-load-key";

    public string Name => "load";

    public string Description => "status reads and uploads idle vs during a screening, upload memory [--candidates 1000] [--readers 200] [--uploads 50] [--rounds 3] [--memory-only] [--host path/to/ResumeFlow.Host.dll]";

    public async Task<int> RunAsync(string[] args, CancellationToken cancellationToken)
    {
        var candidates = IntOption(args, "--candidates", 1000);
        var readers = IntOption(args, "--readers", 200);
        var uploads = IntOption(args, "--uploads", 50);
        var rounds = IntOption(args, "--rounds", 3);
        var memoryOnly = args.Contains("--memory-only");
        var root = RepositoryRoot.Find() ?? throw new InvalidOperationException("Run from the repository (Functions.sln not found).");
        // --host runs another build (e.g. a copy of main's) so a before/after comparison shares the machine's load.
        var hostDll = StringOption(args, "--host") ?? Path.Combine(root, "src", "ResumeFlow.Host", "bin", "Release", "net10.0", "ResumeFlow.Host.dll");
        if (!File.Exists(hostDll))
        {
            Console.Error.WriteLine($"load: {hostDll} is missing; run with -c Release (the bench builds the host).");
            return 2;
        }

        var data = Path.Combine(Path.GetTempPath(), "resumeflow-load-" + Guid.NewGuid().ToString("N"));
        var port = FreePort();
        using var host = StartHost(hostDll, data, port);
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = 512 }) { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(5) };
        http.DefaultRequestHeaders.Add("x-functions-key", Key);
        var errors = new ErrorCount();
        try
        {
            await WaitForHealthAsync(http, cancellationToken);

            // First, on the idle host: what later phases leave in the heap (screenings, 1,000 ingestions) is not the uploads' doing.
            var (idleMb, peakMb) = await UploadMemoryAsync(http, host, errors, cancellationToken);
            if (memoryOnly)
            {
                BenchOutput.Result(new { host_idle_mb = Round(idleMb), host_peak_mb_six_uploads = Round(peakMb), upload_mb_over_idle = Round(peakMb - idleMb), errors = errors.Value });
                return 0;
            }

            Console.WriteLine($"load: host pid {host.Id} on 127.0.0.1:{port}; seeding {candidates} candidates; processors: {Environment.ProcessorCount}");
            var watch = Stopwatch.StartNew();
            var seeded = await SeedAsync(http, candidates, errors, cancellationToken);
            Console.WriteLine($"  seeded {seeded.Count} in {watch.Elapsed.TotalSeconds:F0} s");

            var idle = await MeasureAsync(http, seeded, readers, uploads, "idle", errors, cancellationToken);
            var loaded = new List<Figures>();
            for (var round = 1; round <= rounds; round++)
            {
                var screening = await StartScreeningAsync(http, round, errors, cancellationToken);
                var figures = await MeasureAsync(http, seeded, readers, uploads, $"round {round}", errors, cancellationToken);
                var stillRunning = await IsRunningAsync(http, screening, cancellationToken);
                Console.WriteLine($"  round {round}: screening {screening} {(stillRunning ? "still running at the end (load held throughout)" : "finished before the readers did")}");
                loaded.Add(figures);
                await WaitDoneAsync(http, screening, cancellationToken);
            }

            var statusP95Loaded = Median(loaded.Select(f => f.StatusP95));
            var result = new
            {
                candidates = seeded.Count,
                readers,
                uploads,
                rounds,
                status_p50_ms_idle = Round(idle.StatusP50),
                status_p95_ms_idle = Round(idle.StatusP95),
                status_p50_ms_under_load = Round(Median(loaded.Select(f => f.StatusP50))),
                status_p95_ms_under_load = Round(statusP95Loaded),
                status_p95_ratio = Round(statusP95Loaded / Math.Max(idle.StatusP95, 0.001)),
                upload_p50_ms_idle = Round(idle.UploadP50),
                upload_p95_ms_idle = Round(idle.UploadP95),
                upload_p50_ms_under_load = Round(Median(loaded.Select(f => f.UploadP50))),
                upload_p95_ms_under_load = Round(Median(loaded.Select(f => f.UploadP95))),
                host_idle_mb = Round(idleMb),
                host_peak_mb_six_uploads = Round(peakMb),
                upload_mb_over_idle = Round(peakMb - idleMb),
                errors = errors.Value,
            };
            BenchOutput.Result(result);
            return 0;
        }
        finally
        {
            host.Kill(entireProcessTree: true);
            await host.WaitForExitAsync(CancellationToken.None);
            try
            {
                Directory.Delete(data, recursive: true);
            }
            catch (IOException)
            {
                // Left for the OS to clean.
            }
        }
    }

    private static Process StartHost(string hostDll, string data, int port)
    {
        var start = new ProcessStartInfo("dotnet", [hostDll])
        {
            WorkingDirectory = Path.GetDirectoryName(hostDll)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["DOTNET_ENVIRONMENT"] = "Production";
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Host__DataDirectory"] = data;
        start.Environment["Host__ApiKey"] = Key;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        var process = Process.Start(start)!;
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("  host: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<List<string>> SeedAsync(HttpClient http, int count, ErrorCount errors, CancellationToken cancellationToken)
    {
        var instances = new string[count];
        await Parallel.ForAsync(0, count, new ParallelOptions { MaxDegreeOfParallelism = 16, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            instances[i] = await UploadAsync(http, Cv(i), $"seed-{i}.txt", errors, ct) ?? string.Empty;
        });
        foreach (var instance in instances.Where(i => i.Length > 0))
        {
            await WaitDoneAsync(http, instance, cancellationToken);
        }

        return instances.Where(i => i.Length > 0).ToList();
    }

    private static async Task<Figures> MeasureAsync(HttpClient http, IReadOnlyList<string> instances, int readers, int uploads, string label, ErrorCount errors, CancellationToken cancellationToken)
    {
        var status = new List<double>();
        var upload = new List<double>();
        var readsPerReader = 10;
        var salt = Guid.NewGuid().ToString("N");
        var readerTasks = Enumerable.Range(0, readers).Select(r => Task.Run(
            async () =>
            {
                var mine = new List<double>(readsPerReader);
                for (var k = 0; k < readsPerReader; k++)
                {
                    var instance = instances[(r * readsPerReader + k) % instances.Count];
                    mine.Add(await TimeAsync(() => http.GetAsync($"/runtime/webhooks/durabletask/instances/{instance}", cancellationToken), errors));
                }

                lock (status)
                {
                    status.AddRange(mine);
                }
            },
            cancellationToken));
        var uploadTasks = Enumerable.Range(0, uploads).Select(u => Task.Run(
            async () =>
            {
                var content = Encoding.UTF8.GetBytes(Cv(1_000_000 + u) + "\nRef " + salt);
                var ms = await TimeAsync(() => http.PostAsync($"/api/cvs?fileName=load-{u}.txt", new ByteArrayContent(content), cancellationToken), errors);
                lock (upload)
                {
                    upload.Add(ms);
                }
            },
            cancellationToken));
        await Task.WhenAll(readerTasks.Concat(uploadTasks));
        var figures = new Figures(Percentile(status, 50), Percentile(status, 95), Percentile(upload, 50), Percentile(upload, 95));
        Console.WriteLine($"  {label}: status p50 {figures.StatusP50:F1} ms p95 {figures.StatusP95:F1} ms ({status.Count} reads); upload p50 {figures.UploadP50:F1} ms p95 {figures.UploadP95:F1} ms ({upload.Count})");
        return figures;
    }

    private static async Task<(double IdleMb, double PeakMb)> UploadMemoryAsync(HttpClient http, Process host, ErrorCount errors, CancellationToken cancellationToken)
    {
        const long limit = 20L * 1024 * 1024; // Ingestion:MaxFileBytes default
        GC.Collect();
        await Task.Delay(2000, cancellationToken);
        host.Refresh();
        var idle = host.WorkingSet64;
        var peak = idle;
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                host.Refresh();
                peak = Math.Max(peak, host.WorkingSet64);
                await Task.Delay(10, CancellationToken.None);
            }
        },
        CancellationToken.None);
        await Task.WhenAll(Enumerable.Range(0, 6).Select(i => Task.Run(
            async () =>
            {
                // A PDF-looking body just under the limit; it fails extraction later, which is not measured.
                var body = new byte[limit - 1024];
                Encoding.ASCII.GetBytes($"%PDF-1.7 memory probe {i} {Guid.NewGuid():N}").CopyTo(body, 0);
                await TimeAsync(() => http.PostAsync($"/api/cvs?fileName=big-{i}.pdf", new StreamContent(new MemoryStream(body)), cancellationToken), errors);
            },
            cancellationToken)));
        await Task.Delay(500, cancellationToken);
        await sampling.CancelAsync();
        await sampler;
        var idleMb = idle / (1024.0 * 1024.0);
        var peakMb = peak / (1024.0 * 1024.0);
        Console.WriteLine($"  six parallel {limit / 1024 / 1024} MB uploads: host working set {idleMb:F0} MB idle, {peakMb:F0} MB peak");
        return (idleMb, peakMb);
    }

    private static async Task<string> StartScreeningAsync(HttpClient http, int round, ErrorCount errors, CancellationToken cancellationToken)
    {
        var job = "# Backend Engineer\n## Requirements\n- 5+ years of C# and .NET\n- SQL and PostgreSQL\n- Docker and Kubernetes\n## Nice to have\n- Azure\n- Redis";
        using var response = await http.PostAsJsonAsync("/api/screenings", new { jobText = job, all = true, options = new { threshold = 40 + round, chunkSize = 100 } }, cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            errors.Add();
            throw new InvalidOperationException($"screening did not start: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(cancellationToken)}");
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString()!;
    }

    private static async Task<bool> IsRunningAsync(HttpClient http, string instance, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync($"/runtime/webhooks/durabletask/instances/{instance}", cancellationToken);
        return response.StatusCode == HttpStatusCode.Accepted;
    }

    private static async Task WaitDoneAsync(HttpClient http, string instance, CancellationToken cancellationToken)
    {
        while (await IsRunningAsync(http, instance, cancellationToken))
        {
            await Task.Delay(250, cancellationToken);
        }
    }

    private static async Task<string?> UploadAsync(HttpClient http, string text, string fileName, ErrorCount errors, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsync($"/api/cvs?fileName={fileName}", new StringContent(text, Encoding.UTF8), cancellationToken);
        if (response.StatusCode != HttpStatusCode.Accepted)
        {
            errors.Add();
            return null;
        }

        return (await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken)).GetProperty("id").GetString();
    }

    private static async Task<double> TimeAsync(Func<Task<HttpResponseMessage>> call, ErrorCount errors)
    {
        var watch = Stopwatch.StartNew();
        try
        {
            using var response = await call();
            await response.Content.ReadAsByteArrayAsync();
            if ((int)response.StatusCode >= 300)
            {
                errors.Add();
            }
        }
        catch (HttpRequestException)
        {
            errors.Add();
        }

        return watch.Elapsed.TotalMilliseconds;
    }

    private static async Task WaitForHealthAsync(HttpClient http, CancellationToken cancellationToken)
    {
        for (var attempt = 0; attempt < 240; attempt++)
        {
            try
            {
                using var response = await http.GetAsync("/healthz", cancellationToken);
                if (response.IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(500, cancellationToken);
        }

        throw new TimeoutException("The host did not answer /healthz within 2 minutes.");
    }

    private static string Cv(int i) => string.Create(CultureInfo.InvariantCulture, $"""
        Candidate {i}
        {(i % 3 == 0 ? "Backend Engineer" : i % 3 == 1 ? "Frontend Developer" : "Data Engineer")}

        Experience
        Engineer, Company {i % 97} ({2010 + (i % 12)} - 2025)
        - {(i % 2 == 0 ? "C# and .NET services with SQL and PostgreSQL" : "React and TypeScript interfaces")}
        - {(i % 5 == 0 ? "Docker and Kubernetes on Azure" : "Python scripts")}

        Education
        BSc Computer Science
        """);

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private static double Percentile(List<double> values, double percentile)
    {
        if (values.Count == 0)
        {
            return 0;
        }

        var sorted = values.Order().ToList();
        var index = (int)Math.Ceiling(percentile / 100 * sorted.Count) - 1;
        return sorted[Math.Clamp(index, 0, sorted.Count - 1)];
    }

    private static double Median(IEnumerable<double> values) => Percentile(values.ToList(), 50);

    private static double Round(double value) => Math.Round(value, 1);

    private static int IntOption(string[] args, string name, int fallback)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? int.Parse(args[i + 1], CultureInfo.InvariantCulture) : fallback;
    }

    private static string? StringOption(string[] args, string name)
    {
        var i = Array.IndexOf(args, name);
        return i >= 0 && i + 1 < args.Length ? Path.GetFullPath(args[i + 1]) : null;
    }

    private sealed record Figures(double StatusP50, double StatusP95, double UploadP50, double UploadP95);

    private sealed class ErrorCount
    {
        private int _value;

        public int Value => _value;

        public void Add() => Interlocked.Increment(ref _value);
    }
}
