using ResumeFlow.Testing.Emulators;
using ResumeFlow.Testing.Storage;

namespace ResumeFlow.IntegrationTests.Storage;

/// <summary>The artifact store contract against Azurite (started by scripts/test.sh).</summary>
public sealed class BlobArtifactStoreContractTests(AzuriteFixture azurite) : ArtifactStoreContractTests, IClassFixture<AzuriteFixture>
{
    protected override StorageServices CreateServices() => StorageServices.Create(azurite.StorageSettings());
}
