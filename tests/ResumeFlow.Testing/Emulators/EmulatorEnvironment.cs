using Xunit;

namespace ResumeFlow.Testing.Emulators;

/// <summary>
/// The environment variables scripts/test.sh exports after starting the emulators. A test that
/// needs one and runs without the script fails with a message that says how to run it.
/// </summary>
public static class EmulatorEnvironment
{
    /// <summary>Azurite connection string with blob, queue and table endpoints.</summary>
    public const string AzuriteConnectionString = "RESUMEFLOW_TEST_AZURITE_CONNECTION_STRING";

    /// <summary>Azurite connection string for blobs (the same value as <see cref="AzuriteConnectionString"/>).</summary>
    public const string AzuriteBlobConnectionString = "RESUMEFLOW_TEST_AZURITE_BLOB_CONNECTION_STRING";

    /// <summary>The cosmosdb-server endpoint, e.g. <c>https://127.0.0.1:12345/</c>.</summary>
    public const string CosmosEndpoint = "RESUMEFLOW_TEST_COSMOS_ENDPOINT";

    /// <summary>The key the tests present to cosmosdb-server (the emulator accepts any well-formed key).</summary>
    public const string CosmosKey = "RESUMEFLOW_TEST_COSMOS_KEY";

    /// <summary>Returns the variable's value, or fails the calling test with instructions.</summary>
    public static string Require(string variable, string emulator)
    {
        var value = Environment.GetEnvironmentVariable(variable);
        if (string.IsNullOrWhiteSpace(value))
        {
            Assert.Fail(
                $"emulator_not_started: {variable} is not set, so {emulator} is not available. " +
                "Integration tests run against real emulators started by scripts/test.sh: run `bash scripts/test.sh` " +
                "from the repository root (it starts Azurite and cosmosdb-server, exports the endpoints and runs dotnet test).");
        }

        return value!;
    }
}
