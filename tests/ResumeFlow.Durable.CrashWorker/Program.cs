using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Durable.CrashWorker;
using ResumeFlow.Durable.DependencyInjection;
using ResumeFlow.Orchestration;

// usage: CrashWorker <engine.db> <executions.db> <start|resume> <instanceId>
// start: schedules a 200-activity fan-out and runs until killed; resume: runs until the instance finishes, prints OUTPUT {json}.
if (args.Length != 4)
{
    await Console.Error.WriteLineAsync("usage: CrashWorker <engine.db> <executions.db> <start|resume> <instanceId>");
    return 2;
}

var (enginePath, executionsPath, mode, instanceId) = (args[0], args[1], args[2], args[3]);
var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
builder.Services.AddLogging();
builder.Services.AddSingleton(new ExecutionsDatabase(executionsPath));
builder.Services.AddDurableEngine(o =>
{
    o.DatabasePath = enginePath;
    o.MaxConcurrentActivities = 4;
});
builder.Services.AddOrchestrator<CrashFanOut>();
builder.Services.AddActivity<RecordExecution>();
using var host = builder.Build();
await host.StartAsync();
var client = host.Services.GetRequiredService<IOrchestrationClient>();
if (mode == "start")
{
    await client.ScheduleNewOrchestrationInstanceAsync(nameof(CrashFanOut), 200, new StartOrchestrationOptions(instanceId));
    Console.WriteLine("STARTED");
}

var result = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true);
Console.WriteLine("OUTPUT " + JsonSerializer.Serialize(new { status = result.RuntimeStatus.ToString(), output = result.SerializedOutput }));
await host.StopAsync();
return 0;
