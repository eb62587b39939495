using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.DurableTask.Worker.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Host.Management;
using ResumeFlow.IntegrationTests.Ingestion;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.IntegrationTests.Management;

/// <summary>
/// The host's roles on a shared Azure Storage task hub (Azurite): a front (HTTP + client) starts work that a
/// separate worker-only host runs; the worker serves health only.
/// </summary>
public sealed class DurableRoleTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_front_starts_an_ingestion_that_only_a_worker_host_runs_and_the_worker_serves_health_only()
    {
        var connectionString = EmulatorEnvironment.Require(EmulatorEnvironment.AzuriteConnectionString, "Azurite");
        var shared = Path.Combine(Path.GetTempPath(), "resumeflow-role-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(shared);
        Dictionary<string, string?> Settings(string role) => new()
        {
            ["Durable:Backend"] = "AzureStorage",
            ["Durable:Role"] = role,
            ["Durable:AzureStorage:ConnectionString"] = connectionString,
            ["Durable:AzureStorage:TaskHubName"] = "roles" + Guid.NewGuid().ToString("N")[..12],
            ["Durable:AzureStorage:PartitionCount"] = "1",
            ["Durable:AzureStorage:MaxQueuePollingInterval"] = "00:00:00.500",
            ["Durable:AzureStorage:LeaseInterval"] = "00:00:04",
            ["Durable:AzureStorage:LeaseRenewInterval"] = "00:00:01",
            ["Durable:AzureStorage:LeaseAcquireInterval"] = "00:00:01",
            ["Storage:Artifacts:RootPath"] = Path.Combine(shared, "artifacts"),
            ["Storage:Documents:DatabasePath"] = Path.Combine(shared, "documents.db"),
        };

        var frontSettings = Settings("Front");
        var workerSettings = Settings("Worker");
        workerSettings["Durable:AzureStorage:TaskHubName"] = frontSettings["Durable:AzureStorage:TaskHubName"];
        await using var front = new IngestionHostFactory(frontSettings);
        await using var worker = new IngestionHostFactory(workerSettings);
        using var frontClient = front.CreateClient();
        using var workerClient = worker.CreateClient();

        // The front runs no worker: whatever completes was run by the other host.
        Assert.Empty(front.Services.GetServices<IHostedService>().OfType<DurableTaskWorker>());
        Assert.Single(worker.Services.GetServices<IHostedService>().OfType<DurableTaskWorker>());

        using var health = await workerClient.GetAsync(DurableHostExtensions.HealthPath, Ct);
        Assert.Equal(HttpStatusCode.OK, health.StatusCode);
        using var refused = await workerClient.GetAsync("/runtime/webhooks/durabletask/instances", Ct);
        Assert.Equal(HttpStatusCode.NotFound, refused.StatusCode);
        var error = await refused.Content.ReadFromJsonAsync<JsonElement>(Ct);
        Assert.Equal(DurableHostExtensions.WorkerRoleCode, error.GetProperty("error").GetProperty("code").GetString());

        var pdf = SamplePdf.Create("Grace Hopper");
        using var file = new ByteArrayContent(pdf);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
        using var started = await frontClient.PostAsync("/api/cvs?fileName=grace.pdf", file, Ct);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var instanceId = (await started.Content.ReadFromJsonAsync<JsonElement>(Ct)).GetProperty("id").GetString()!;

        var status = await IngestionHostFactory.WaitForStatusAsync(frontClient, instanceId, Ct, TimeSpan.FromMinutes(3));
        Assert.Equal("Completed", status.GetProperty("runtimeStatus").GetString());
    }
}
