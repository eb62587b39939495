using System.Diagnostics;
using System.Globalization;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>
/// A ResumeFlow.Durable.AzureStorage.Worker child process joined to a task hub, logging its activity
/// executions to its own file (a null path logs nothing). The referencing project's output holds the worker's dll. Disposing stops it gracefully (stdin closed), or kills it if it hangs.
/// </summary>
public sealed class WorkerProcess : IAsyncDisposable
{
    private readonly Process _process;

    private WorkerProcess(Process process, string? executionsPath)
    {
        _process = process;
        ExecutionsPath = executionsPath;
    }

    public string? ExecutionsPath { get; }

    public IReadOnlyList<int> Executions => ExecutionsPath is null ? [] : ExecutionLog.Read(ExecutionsPath);

    public static async Task<WorkerProcess> StartAsync(
        string taskHub, string? executionsPath, TimeSpan workTime, int concurrency, CancellationToken cancellationToken = default)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(AppContext.BaseDirectory, "ResumeFlow.Durable.AzureStorage.Worker.dll"), taskHub, executionsPath ?? "-",
                     ((int)workTime.TotalMilliseconds).ToString(CultureInfo.InvariantCulture), concurrency.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("could not start the worker process");
        var worker = new WorkerProcess(process, executionsPath);
        var line = await process.StandardOutput.ReadLineAsync(cancellationToken);
        if (line != "READY")
        {
            var error = await process.StandardError.ReadToEndAsync(cancellationToken);
            await worker.DisposeAsync();
            throw new InvalidOperationException($"worker did not start: {line} {error}");
        }

        return worker;
    }

    /// <summary>SIGKILL: no lease release, no cleanup; in-flight work items are simply abandoned.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.StandardInput.Close();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(15));
            try
            {
                await _process.WaitForExitAsync(timeout.Token);
            }
            catch (OperationCanceledException)
            {
                _process.Kill(entireProcessTree: true);
                await _process.WaitForExitAsync();
            }
        }

        _process.Dispose();
    }
}
