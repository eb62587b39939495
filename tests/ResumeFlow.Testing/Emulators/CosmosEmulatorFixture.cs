using System.Net.Security;
using Microsoft.Azure.Cosmos;
using ResumeFlow.Storage.Documents;

namespace ResumeFlow.Testing.Emulators;

/// <summary>
/// The cosmosdb-server instance scripts/test.sh started. Reading <see cref="Endpoint"/> without
/// the script fails the test with a message naming scripts/test.sh.
/// </summary>
public sealed class CosmosEmulatorFixture : IDisposable
{
    private readonly Lazy<CosmosClient> _client;

    public CosmosEmulatorFixture()
    {
        _client = new Lazy<CosmosClient>(() => CreateClient(Endpoint, Key));
    }

    public Uri Endpoint => new(EmulatorEnvironment.Require(EmulatorEnvironment.CosmosEndpoint, "the Cosmos DB emulator (cosmosdb-server)"));

    public string Key => EmulatorEnvironment.Require(EmulatorEnvironment.CosmosKey, "the Cosmos DB emulator (cosmosdb-server)");

    /// <summary>A client shared by the tests of a class: Gateway mode, pinned to the endpoint, loopback-only certificate relaxation.</summary>
    public CosmosClient Client => _client.Value;

    /// <summary>A database name no other test uses, so every test starts from empty containers.</summary>
    public static string NewDatabaseName() => $"test-{Guid.NewGuid():N}";

    /// <summary>Settings for <c>AddResumeFlowStorage</c> that put documents in this emulator, in the given database.</summary>
    public IReadOnlyDictionary<string, string?> StorageSettings(string database) => new Dictionary<string, string?>
    {
        ["Documents:Provider"] = "Cosmos",
        ["Documents:Endpoint"] = Endpoint.ToString(),
        ["Documents:Key"] = Key,
        ["Documents:Database"] = database,
    };

    public void Dispose()
    {
        if (_client.IsValueCreated)
        {
            _client.Value.Dispose();
        }
    }

    private static CosmosClient CreateClient(Uri endpoint, string key)
    {
        var options = new CosmosClientOptions
        {
            ConnectionMode = ConnectionMode.Gateway,
            LimitToEndpoint = true,
            UseSystemTextJsonSerializerWithOptions = DocumentJson.SerializerOptions,
        };

        // The emulator's certificate is self-signed; accept that only for a loopback endpoint.
        if (endpoint.IsLoopback)
        {
            options.HttpClientFactory = () => new HttpClient(new HttpClientHandler
            {
                ServerCertificateCustomValidationCallback = (request, _, _, errors) =>
                    errors == SslPolicyErrors.None || request.RequestUri is { IsLoopback: true },
            });
        }

        return new CosmosClient(endpoint.ToString(), key, options);
    }
}
