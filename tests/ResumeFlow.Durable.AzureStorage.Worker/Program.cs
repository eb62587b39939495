using System.Globalization;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using ResumeFlow.Durable.AzureStorage.Worker;

// usage: ResumeFlow.Durable.AzureStorage.Worker <taskHub> <executionsFile|-> <workMs> <maxConcurrentActivities>
// Joins the task hub on the Azurite of RESUMEFLOW_TEST_AZURITE_CONNECTION_STRING, prints READY, runs until stdin closes or it is killed.
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: ResumeFlow.Durable.AzureStorage.Worker <taskHub> <executionsFile|-> <workMs> <maxConcurrentActivities>");
    return 2;
}

var connectionString = Environment.GetEnvironmentVariable(TestTaskHub.ConnectionStringVariable);
if (string.IsNullOrWhiteSpace(connectionString))
{
    await Console.Error.WriteLineAsync($"{TestTaskHub.ConnectionStringVariable} is not set (run through scripts/test.sh)");
    return 2;
}

var (taskHub, executions) = (args[0], args[1] == "-" ? null : args[1]);
var workTime = TimeSpan.FromMilliseconds(int.Parse(args[2], CultureInfo.InvariantCulture));
var concurrency = int.Parse(args[3], CultureInfo.InvariantCulture);

var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Services.AddLogging(l => l.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning));
builder.Services.AddSingleton(new ExecutionLog(executions, workTime));
builder.Services.AddDurableTaskWorker(worker =>
{
    worker.AddTasks(registry => registry.AddScaleOutTasks());
    worker.UseAzureStorage(o => TestTaskHub.Apply(o, connectionString, taskHub, concurrency));
});
using var host = builder.Build();
await host.StartAsync();
Console.WriteLine("READY");

// The parent ends a run by closing stdin (a graceful stop releases the leases) or by SIGKILL.
await Console.In.ReadToEndAsync();
await host.StopAsync();
return 0;
