using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using OpenAISimulator;
using ResumeFlow.Host.Management;

[assembly: AssemblyFixture(typeof(ResumeFlow.Web.Tests.WebAppFixture))]

namespace ResumeFlow.Web.Tests;

/// <summary>
/// The real host (Program) on Kestrel at a free loopback port, on the embedded default (SQLite, folders
/// in a temp directory), its LLM pointed at the in-process OpenAI simulator and paced to one request at a
/// time (so a screening's LLM phase lasts long enough to be watched), and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class WebAppFixture : IAsyncLifetime
{
    /// <summary>Every test class joins it: they share the host's stores and the machine, so they run one at a time.</summary>
    public const string Collection = "web app";

    public const string ApiKey = "web-test-key";
    public const string ChromiumPath = "/usr/bin/chromium";

    private WebApplicationFactory<HttpManagementPayload>? _factory;
    private OpenAISimulatorServer? _simulator;
    private IPlaywright? _playwright;

    public string Folder { get; } = Path.Combine(Path.GetTempPath(), "resumeflow-web-tests", Guid.NewGuid().ToString("N"));

    public Uri BaseUri { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where each test saves its screenshots (the test output folder).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async ValueTask InitializeAsync()
    {
        if (!File.Exists(ChromiumPath))
        {
            throw new InvalidOperationException($"{ChromiumPath} is missing: run scripts/test.sh, which installs Debian's chromium with apt-get.");
        }

        Directory.CreateDirectory(Folder);
        Directory.CreateDirectory(ScreenshotFolder);
        _simulator = await OpenAISimulatorServer.StartAsync(new SimulatorOptions { RequestsPerMinute = 6000, TokensPerMinute = 20_000_000 });
        _factory = new WebApplicationFactory<HttpManagementPayload>().WithWebHostBuilder(web =>
        {
            web.UseSetting("Host:ApiKey", ApiKey);
            web.UseSetting("Host:DataDirectory", Folder);
            web.UseSetting("Durable:DatabasePath", Path.Combine(Folder, "durable.db"));
            web.UseSetting("Storage:Artifacts:RootPath", Path.Combine(Folder, "artifacts"));
            web.UseSetting("Storage:Documents:DatabasePath", Path.Combine(Folder, "documents.db"));
            web.UseSetting("Llm:Provider", "AzureOpenAI");
            web.UseSetting("Llm:Endpoint", _simulator.BaseUri.ToString());
            web.UseSetting("Llm:ApiKey", "simulator-key");
            web.UseSetting("Llm:Deployment", "gpt-4o-mini");
            web.UseSetting("Llm:CacheEnabled", "false");

            // The host's own information logs would bury a failing test's message in CI's output.
            web.UseSetting("Logging:LogLevel:Default", "Warning");

            // One LLM call at a time, each taking the simulator's 0.7–1.5 s: the LLM phase of a screening of
            // the samples lasts several seconds, so the page has progress to show.
            web.UseSetting("Llm:MaxConcurrency", "1");

            // A batch run submitted from the Batches page checks the simulator's batch every second, not every 5 minutes.
            web.UseSetting("Batch:CheckInterval", "00:00:01");
        });
        _factory.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
        _factory.StartServer();
        var address = _factory.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        BaseUri = new Uri(address);

        // CI runs every test module at once on a loaded machine: Playwright's 5 s default for an expectation
        // is too short for a first server-side render there. The waits still end as soon as the page is right.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = ChromiumPath,
            Headless = true,
            // Containers and CI runners commonly lack the user namespaces Chromium's sandbox needs.
            Args = ["--no-sandbox", "--disable-dev-shm-usage"],
        });
    }

    /// <summary>A fresh browser context (no cookies) at 1280 px.</summary>
    public async Task<IBrowserContext> NewContextAsync(int width = 1280, int height = 900)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = BaseUri.ToString(), ViewportSize = new ViewportSize { Width = width, Height = height } });
        context.SetDefaultTimeout(60_000);
        context.SetDefaultNavigationTimeout(60_000);
        return context;
    }

    /// <summary>A page signed in through the login form.</summary>
    public async Task<IPage> SignedInPageAsync(IBrowserContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var page = await context.NewPageAsync();
        await page.GotoAsync("/login");
        await page.GetByLabel("Host key").FillAsync(ApiKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "Screenings" })).ToBeVisibleAsync();
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        ArgumentNullException.ThrowIfNull(page);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }

        _playwright?.Dispose();
        if (_factory is not null)
        {
            await _factory.DisposeAsync();
        }

        if (_simulator is not null)
        {
            await _simulator.DisposeAsync();
        }

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
