using ResumeFlow.Testing.Emulators;
using ResumeFlow.Testing.Storage;

namespace ResumeFlow.IntegrationTests.Storage;

/// <summary>The document store contract against cosmosdb-server (started by scripts/test.sh), one fresh database per test.</summary>
public sealed class CosmosDocumentStoreContractTests(CosmosEmulatorFixture cosmos) : DocumentStoreContractTests, IClassFixture<CosmosEmulatorFixture>
{
    protected override StorageServices CreateServices() => StorageServices.Create(cosmos.StorageSettings(CosmosEmulatorFixture.NewDatabaseName()));
}
