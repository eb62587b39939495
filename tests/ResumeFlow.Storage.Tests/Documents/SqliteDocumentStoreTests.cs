using Microsoft.Data.Sqlite;
using ResumeFlow.Storage.Documents;
using ResumeFlow.Testing.Storage;

namespace ResumeFlow.Storage.Tests.Documents;

/// <summary>SQLite specifics beyond the shared contract.</summary>
public sealed class SqliteDocumentStoreTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "resumeflow-tests", Guid.NewGuid().ToString("N"));

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Documents_survive_closing_and_reopening_the_database()
    {
        await using (var first = StorageServices.Create(StorageServices.EmbeddedSettings(_folder)))
        {
            await first.Documents.UpsertAsync(DocumentContainers.Jobs, "j1", "j1", new ContractCandidate("j1", "Backend", 5, ["C#"], ContractLevel.Senior), cancellationToken: Ct);
        }

        await using var second = StorageServices.Create(StorageServices.EmbeddedSettings(_folder));
        var stored = await second.Documents.ReadAsync<ContractCandidate>(DocumentContainers.Jobs, "j1", "j1", Ct);

        Assert.Equal("Backend", stored?.Document.Name);
    }

    [Fact]
    public async Task The_database_runs_in_wal_mode()
    {
        await using (var services = StorageServices.Create(StorageServices.EmbeddedSettings(_folder)))
        {
            await services.Documents.UpsertAsync(DocumentContainers.Jobs, "j1", "j1", new { title = "x" }, cancellationToken: Ct);
        }

        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_folder, "documents.db")};Pooling=false");
        await connection.OpenAsync(Ct);
        await using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode";

        Assert.Equal("wal", (string?)await command.ExecuteScalarAsync(Ct));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
