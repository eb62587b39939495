using System.Net;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using ResumeFlow.Host.Management;

namespace ResumeFlow.IntegrationTests.Hosting;

/// <summary>
/// The local host (embedded engine and stores in a temp folder) with an API key and a client that sends it. The
/// factory names a Host type other than <c>Program</c>, which the simulator's assembly also defines.
/// </summary>
internal sealed class LocalApiHost : IAsyncDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "resumeflow-api-tests", Guid.NewGuid().ToString("N"));

    public LocalApiHost(string apiKey)
    {
        Directory.CreateDirectory(_folder);
        Factory = new WebApplicationFactory<HttpManagementPayload>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Host:ApiKey", apiKey);
            web.UseSetting("Host:DataDirectory", _folder);
            web.UseSetting("Storage:Artifacts:RootPath", Path.Combine(_folder, "artifacts"));
            web.UseSetting("Storage:Documents:DatabasePath", Path.Combine(_folder, "documents.db"));
            web.UseSetting("Durable:DatabasePath", Path.Combine(_folder, "durable.db"));
        });
        Client = Factory.CreateClient();
        Client.DefaultRequestHeaders.Add("x-functions-key", apiKey);
    }

    public WebApplicationFactory<HttpManagementPayload> Factory { get; }

    /// <summary>Sends the API key.</summary>
    public HttpClient Client { get; }

    /// <summary>Polls a Durable status URL until it answers 200 (60 s at most); returns the status body.</summary>
    public async Task<JsonElement> PollUntilDoneAsync(string statusUri, CancellationToken cancellationToken)
    {
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (true)
        {
            using var response = await Client.GetAsync(statusUri, cancellationToken);
            var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync(cancellationToken)).RootElement.Clone();
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return body;
            }

            Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
            Assert.True(DateTime.UtcNow < deadline, "the instance did not finish: " + body);
            await Task.Delay(100, cancellationToken);
        }
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Factory.DisposeAsync();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
