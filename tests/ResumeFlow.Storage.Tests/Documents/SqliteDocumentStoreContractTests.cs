using ResumeFlow.Testing.Storage;

namespace ResumeFlow.Storage.Tests.Documents;

public sealed class SqliteDocumentStoreContractTests : DocumentStoreContractTests
{
    protected override StorageServices CreateServices() => StorageServices.CreateEmbedded();
}
