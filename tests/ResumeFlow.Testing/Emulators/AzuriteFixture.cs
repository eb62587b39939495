using Azure.Storage.Blobs;

namespace ResumeFlow.Testing.Emulators;

/// <summary>
/// The Azurite instance scripts/test.sh started. Reading <see cref="ConnectionString"/> without
/// the script fails the test with a message naming scripts/test.sh.
/// </summary>
public sealed class AzuriteFixture
{
    public string ConnectionString => EmulatorEnvironment.Require(EmulatorEnvironment.AzuriteBlobConnectionString, "Azurite");

    public BlobServiceClient CreateBlobServiceClient() => new(ConnectionString);

    /// <summary>Settings for <c>AddResumeFlowStorage</c> that put artifacts in this Azurite.</summary>
    public IReadOnlyDictionary<string, string?> StorageSettings() => new Dictionary<string, string?>
    {
        ["Artifacts:Provider"] = "Blob",
        ["Artifacts:ConnectionString"] = ConnectionString,
    };
}
