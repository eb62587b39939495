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

    [Fact]
    public async Task Many_concurrent_writes_all_land_and_a_conflicting_one_does_not_hold_up_the_rest()
    {
        await using var services = StorageServices.Create(StorageServices.EmbeddedSettings(_folder));
        var documents = services.Documents;
        var etag = await documents.UpsertAsync(DocumentContainers.Jobs, "shared", "shared", new { title = "v1" }, cancellationToken: Ct);
        await documents.UpsertAsync(DocumentContainers.Jobs, "shared", "shared", new { title = "v2" }, cancellationToken: Ct);

        // Writes queued together commit in one transaction; a failed conditional write fails alone, the rest land.
        var conflict = Assert.ThrowsAsync<DocumentConflictException>(() => documents.UpsertAsync(DocumentContainers.Jobs, "shared", "shared", new { title = "stale" }, etag, Ct));
        var writes = Enumerable.Range(0, 200).Select(i => Task.Run(
            async () =>
            {
                var id = "doc-" + i.ToString(System.Globalization.CultureInfo.InvariantCulture);
                await documents.UpsertAsync(DocumentContainers.Jobs, id, id, new { title = id }, cancellationToken: Ct);
                return await documents.TryCreateAsync(DocumentContainers.Jobs, id + "-created", id + "-created", new { title = id }, Ct);
            },
            Ct));
        var created = await Task.WhenAll(writes);
        await conflict;

        Assert.All(created, Assert.True);
        Assert.Equal(1 + 200 + 200, await documents.ReadAllAsync<object>(DocumentContainers.Jobs, Ct).CountAsync(Ct));
        Assert.True(await documents.DeleteAsync(DocumentContainers.Jobs, "doc-7", "doc-7", Ct));
    }

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
