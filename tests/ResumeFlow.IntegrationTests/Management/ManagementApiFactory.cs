using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using ResumeFlow.Host.Management;
using ResumeFlow.Host.Security;

namespace ResumeFlow.IntegrationTests.Management;

/// <summary>
/// The management API and write protection as the host wires them (<c>AddDurableBackend</c>,
/// <c>UseHostSecurity</c>, <c>MapDurableManagementApi</c>), on a real Kestrel bound to 127.0.0.1 on a
/// free port, with the engine's database and generated key in a temp data folder. It stands alone
/// so these tests exercise exactly this feature, whatever else the host maps.
/// </summary>
internal sealed class ManagementApiFactory : IAsyncDisposable
{
    private WebApplication? _app;
    private Uri? _baseAddress;

    private readonly Action<WebApplicationBuilder>? _configure;

    public ManagementApiFactory(string? apiKey, Action<WebApplicationBuilder>? configure = null)
    {
        ApiKey = apiKey;
        _configure = configure;
        Directory.CreateDirectory(DataDirectory);
    }

    public string? ApiKey { get; }

    public string DataDirectory { get; } = Path.Combine(Path.GetTempPath(), "resumeflow-management-tests", Guid.NewGuid().ToString("N"));

    public HttpClient CreateClient()
    {
        if (_app is null)
        {
            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Testing", ContentRootPath = DataDirectory });
            builder.WebHost.UseUrls("http://127.0.0.1:0");
            builder.Logging.ClearProviders();
            builder.Configuration["Host:DataDirectory"] = DataDirectory;
            if (ApiKey is not null)
            {
                builder.Configuration["Host:ApiKey"] = ApiKey;
            }

            _configure?.Invoke(builder);
            builder.AddDurableBackend(tasks => tasks.AddOrchestrator<MgmtApproval>().AddOrchestrator<MgmtFailing>().AddActivity<MgmtGreet>());
            _app = builder.Build();
            _app.UseHostSecurity();
            _app.MapDurableManagementApi();
            _app.StartAsync(TestContext.Current.CancellationToken).GetAwaiter().GetResult();
            var address = _app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            _baseAddress = new Uri(address);
        }

        return new HttpClient { BaseAddress = _baseAddress };
    }

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.StopAsync();
            await _app.DisposeAsync();
        }

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
