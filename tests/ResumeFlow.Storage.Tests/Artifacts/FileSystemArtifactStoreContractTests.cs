using ResumeFlow.Testing.Storage;

namespace ResumeFlow.Storage.Tests.Artifacts;

public sealed class FileSystemArtifactStoreContractTests : ArtifactStoreContractTests
{
    protected override StorageServices CreateServices() => StorageServices.CreateEmbedded();
}
