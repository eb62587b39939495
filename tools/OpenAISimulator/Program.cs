using System.Globalization;
using OpenAISimulator;

// dotnet run --project tools/OpenAISimulator -- --port 0 --rpm 600 --tpm 100000 --clock-factor 1
// Batches: --batch-start-seconds 1 --batch-line-ms 20 --batch-fail-rate 0.05 --batch-expire 2 (repeatable)
var options = new SimulatorOptions();
for (var i = 0; i + 1 < args.Length; i += 2)
{
    var value = args[i + 1];
    switch (args[i])
    {
        case "--port": options.Port = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--rpm": options.RequestsPerMinute = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--tpm": options.TokensPerMinute = int.Parse(value, CultureInfo.InvariantCulture); break;
        case "--window-seconds": options.QuotaWindow = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
        case "--clock-factor": options.ClockFactor = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--error-rate": options.ServerErrorRate = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--timeout-rate": options.TimeoutRate = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--malformed-rate": options.MalformedJsonRate = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--truncated-rate": options.TruncatedRate = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--api-key": options.ApiKey = value; break;
        case "--batch-start-seconds": options.BatchStartDelay = TimeSpan.FromSeconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
        case "--batch-line-ms": options.BatchLineDuration = TimeSpan.FromMilliseconds(double.Parse(value, CultureInfo.InvariantCulture)); break;
        case "--batch-fail-rate": options.BatchLineFailureRate = double.Parse(value, CultureInfo.InvariantCulture); break;
        case "--batch-expire": options.ExpireBatches.Add(int.Parse(value, CultureInfo.InvariantCulture)); break;
        case "--seed": options.Seed = int.Parse(value, CultureInfo.InvariantCulture); break;
        default:
            Console.Error.WriteLine($"unknown option {args[i]}");
            return 2;
    }
}

using var stop = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) => { e.Cancel = true; stop.Cancel(); };
await using var server = await OpenAISimulatorServer.StartAsync(options, stop.Token);
Console.WriteLine($"OpenAI simulator listening on {server.BaseUri} (Azure endpoint), {server.OpenAIBaseUri} (OpenAI-compatible); Ctrl+C stops.");
await server.WaitForShutdownAsync(stop.Token);
return 0;
