using System.Text.Json;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;
using Microsoft.DurableTask.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Durable.CrashWorker;
using ResumeFlow.Durable.DependencyInjection;

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
builder.Services.AddDurableTaskWorker(b =>
{
    b.AddTasks(r =>
    {
        r.AddOrchestrator<CrashFanOut>();
        r.AddActivity<RecordExecution>();
    });
    b.UseSqlite(o =>
    {
        o.DatabasePath = enginePath;
        o.MaxConcurrentActivities = 4;
    });
});
builder.Services.AddDurableTaskClient(b => b.UseSqlite());
using var host = builder.Build();
await host.StartAsync();
var client = host.Services.GetRequiredService<DurableTaskClient>();
if (mode == "start")
{
    await client.ScheduleNewOrchestrationInstanceAsync(nameof(CrashFanOut), 200, new StartOrchestrationOptions(instanceId));
    Console.WriteLine("STARTED");
}

var result = await client.WaitForInstanceCompletionAsync(instanceId, getInputsAndOutputs: true);
Console.WriteLine("OUTPUT " + JsonSerializer.Serialize(new { status = result.RuntimeStatus.ToString(), output = result.SerializedOutput }));
await host.StopAsync();
return 0;
