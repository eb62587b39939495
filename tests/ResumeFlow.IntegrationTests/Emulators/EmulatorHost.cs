using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using OpenAISimulator;
using ResumeFlow.Host.Management;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.Testing.Emulators;

namespace ResumeFlow.IntegrationTests.Emulators;

/// <summary>The local host with artifacts in Azurite, documents in a fresh Cosmos emulator database and the LLM through the simulator.</summary>
internal static class EmulatorHost
{
    public static WebApplicationFactory<HttpManagementPayload> Create(
        AzuriteFixture azurite,
        CosmosEmulatorFixture cosmos,
        string database,
        OpenAISimulatorServer simulator,
        string apiKey,
        string folder)
    {
        Directory.CreateDirectory(folder);
        var settings = azurite.StorageSettings().Concat(cosmos.StorageSettings(database))
            .Select(p => new KeyValuePair<string, string?>("Storage:" + p.Key, p.Value))
            .Concat(ScreeningLlmHost.Settings(simulator));
        return new WebApplicationFactory<HttpManagementPayload>().WithWebHostBuilder(web =>
        {
            foreach (var (key, value) in settings)
            {
                web.UseSetting(key, value);
            }

            web.UseSetting("Host:ApiKey", apiKey);
            web.UseSetting("Host:DataDirectory", folder);
            web.UseSetting("Durable:DatabasePath", Path.Combine(folder, "durable.db"));
        });
    }
}
