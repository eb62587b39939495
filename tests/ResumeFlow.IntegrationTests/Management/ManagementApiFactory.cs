using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Hosting;
using ResumeFlow.Host.Management;
using ResumeFlow.Orchestration;

namespace ResumeFlow.IntegrationTests.Management;

/// <summary>
/// The host over HTTP with the embedded engine in a temp data folder and the management tests' orchestrators.
/// Named by a Host type rather than <c>Program</c>, which the simulator's assembly also defines.
/// </summary>
internal sealed class ManagementApiFactory : WebApplicationFactory<HttpManagementPayload>
{
    public ManagementApiFactory(string? apiKey)
    {
        ApiKey = apiKey;
        Directory.CreateDirectory(DataDirectory);
    }

    public string? ApiKey { get; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "resumeflow-management-tests", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        if (ApiKey is not null)
        {
            builder.UseSetting("Host:ApiKey", ApiKey);
        }

        builder.UseSetting("Host:DataDirectory", DataDirectory);
        builder.UseSetting("Storage:Artifacts:RootPath", Path.Combine(DataDirectory, "artifacts"));
        builder.UseSetting("Storage:Documents:DatabasePath", Path.Combine(DataDirectory, "documents.db"));
        builder.ConfigureTestServices(services =>
        {
            // Only the engine runs in the background here: other features' watchers are not what these tests exercise.
            foreach (var background in services.Where(d => d.ServiceType == typeof(IHostedService) && d.ImplementationType is not null).ToList())
            {
                services.Remove(background);
            }

            services.AddOrchestrator<MgmtApproval>();
            services.AddOrchestrator<MgmtFailing>();
            services.AddActivity<MgmtGreet>();
        });
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
        catch (IOException)
        {
            // Left for the OS to clean.
        }
    }
}
