using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ResumeFlow.Host.Management;

namespace ResumeFlow.IntegrationTests.Ingestion;

/// <summary>
/// The real host (Program) with the given settings and a fast blob watcher, its engine database
/// in a temp folder. The factory names a type of the host assembly other than <c>Program</c>, which
/// the simulator's assembly also defines.
/// </summary>
internal sealed class IngestionHostFactory : IAsyncDisposable
{
    public const string ApiKey = "ingestion-test-key";

    private readonly WebApplicationFactory<HttpManagementPayload> _factory;

    public IngestionHostFactory(IReadOnlyDictionary<string, string?> settings)
    {
        Directory.CreateDirectory(Folder);
        _factory = new WebApplicationFactory<HttpManagementPayload>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Host:ApiKey", ApiKey);
            web.UseSetting("Host:DataDirectory", Folder);
            web.UseSetting("Durable:DatabasePath", Path.Combine(Folder, "durable.db"));
            web.UseSetting("Ingestion:Watcher:PollIntervalSeconds", "0.2");
            web.UseSetting("Storage:Artifacts:RootPath", Path.Combine(Folder, "artifacts"));
            web.UseSetting("Storage:Documents:DatabasePath", Path.Combine(Folder, "documents.db"));
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }
        });
    }

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "resumeflow-ingestion-api-tests", Guid.NewGuid().ToString("N"));

    public IServiceProvider Services => _factory.Services;

    public HttpClient CreateClient(bool withKey = true)
    {
        var client = _factory.CreateClient();
        if (withKey)
        {
            client.DefaultRequestHeaders.Add("x-functions-key", ApiKey);
        }

        return client;
    }

    /// <summary>Polls Durable's status endpoint until it answers 200 (finished), returning the status body.</summary>
    public static async Task<JsonElement> WaitForStatusAsync(HttpClient client, string instanceId, CancellationToken cancellationToken, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(60));
        while (true)
        {
            using var response = await client.GetAsync($"/runtime/webhooks/durabletask/instances/{instanceId}", cancellationToken);
            if (response.StatusCode == System.Net.HttpStatusCode.OK)
            {
                return await response.Content.ReadFromJsonAsync<JsonElement>(cancellationToken);
            }

            if (DateTime.UtcNow > deadline)
            {
                Assert.Fail($"Instance {instanceId} did not finish in time; last answer {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
            }

            await Task.Delay(200, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _factory.DisposeAsync();
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
