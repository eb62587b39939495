using System.Runtime.CompilerServices;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;

namespace ResumeFlow.Storage.Documents.Sqlite;

/// <summary>
/// Documents in one SQLite table keyed by (container, partition key, id), WAL mode, with a fresh
/// ETag on every write; conditional writes compare ETags in the same statement that writes.
/// </summary>
internal sealed class SqliteDocumentStore : IDocumentStore, IDisposable
{
    private const string Schema = """
        PRAGMA journal_mode = WAL;
        CREATE TABLE IF NOT EXISTS documents (
            container TEXT NOT NULL,
            pk        TEXT NOT NULL,
            id        TEXT NOT NULL,
            etag      TEXT NOT NULL,
            body      BLOB NOT NULL,
            PRIMARY KEY (container, pk, id)
        );
        """;

    // WAL makes NORMAL durable against process crashes; only an OS crash can lose the last commits. A writer in
    // another process (several hosts on one data folder) is waited for inside SQLite, in short steps, rather than by
    // the 150 ms retry sleeps of Microsoft.Data.Sqlite.
    private const string ConnectionPragmas = "PRAGMA synchronous = NORMAL; PRAGMA busy_timeout = 30000";

    private readonly string _connectionString;

    /// <summary>One writer thread per store, committing queued writes in groups (see <see cref="SqliteGroupWriter"/>).</summary>
    private readonly SqliteGroupWriter _writer;

    public SqliteDocumentStore(string databasePath, ILogger<SqliteDocumentStore> logger)
    {
        var fullPath = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(fullPath);
        if (!string.IsNullOrEmpty(folder))
        {
            Directory.CreateDirectory(folder);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = fullPath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();

        using var connection = new SqliteConnection(_connectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = Schema;
        command.ExecuteNonQuery();
        _writer = new SqliteGroupWriter(Open);
        Log.SqliteOpened(logger, fullPath);
    }

    public async Task<StoredDocument<T>?> ReadAsync<T>(string container, string partitionKey, string id, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        DocumentJson.ValidateKeys(partitionKey, id);
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = "SELECT body, etag FROM documents WHERE container = $c AND pk = $pk AND id = $id";
            AddKey(command, container, partitionKey, id);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                if (!await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    return null;
                }

                var body = (byte[])reader.GetValue(0);
                return new StoredDocument<T>(DocumentJson.Deserialize<T>(body), reader.GetString(1));
            }
        }
    }

    public async Task<string> UpsertAsync<T>(string container, string partitionKey, string id, T document, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        var body = DocumentJson.Serialize(container, partitionKey, id, document);
        var etag = NewETag();
        var changed = await _writer.WriteAsync(
            command =>
            {
                command.CommandText = ifMatchETag is null
                    ? """
                      INSERT INTO documents (container, pk, id, etag, body) VALUES ($c, $pk, $id, $etag, $body)
                      ON CONFLICT (container, pk, id) DO UPDATE SET etag = excluded.etag, body = excluded.body
                      """
                    : "UPDATE documents SET etag = $etag, body = $body WHERE container = $c AND pk = $pk AND id = $id AND etag = $ifMatch";
                AddKey(command, container, partitionKey, id);
                command.Parameters.AddWithValue("$etag", etag);
                command.Parameters.AddWithValue("$body", body);
                if (ifMatchETag is not null)
                {
                    command.Parameters.AddWithValue("$ifMatch", ifMatchETag);
                }
            },
            cancellationToken).ConfigureAwait(false);
        if (changed == 0)
        {
            throw new DocumentConflictException(
                $"document_etag_mismatch: '{container}/{partitionKey}/{id}' no longer has ETag {ifMatchETag} (changed or deleted by another writer).");
        }

        return etag;
    }

    public async Task<bool> TryCreateAsync<T>(string container, string partitionKey, string id, T document, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        var body = DocumentJson.Serialize(container, partitionKey, id, document);
        var etag = NewETag();
        return await _writer.WriteAsync(
            command =>
            {
                command.CommandText = """
                    INSERT INTO documents (container, pk, id, etag, body) VALUES ($c, $pk, $id, $etag, $body)
                    ON CONFLICT (container, pk, id) DO NOTHING
                    """;
                AddKey(command, container, partitionKey, id);
                command.Parameters.AddWithValue("$etag", etag);
                command.Parameters.AddWithValue("$body", body);
            },
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public async Task<bool> DeleteAsync(string container, string partitionKey, string id, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        DocumentJson.ValidateKeys(partitionKey, id);
        return await _writer.WriteAsync(
            command =>
            {
                command.CommandText = "DELETE FROM documents WHERE container = $c AND pk = $pk AND id = $id";
                AddKey(command, container, partitionKey, id);
            },
            cancellationToken).ConfigureAwait(false) == 1;
    }

    public IAsyncEnumerable<T> ReadPartitionAsync<T>(string container, string partitionKey, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        ArgumentException.ThrowIfNullOrEmpty(partitionKey);
        return QueryAsync<T>(
            "SELECT body FROM documents WHERE container = $c AND pk = $pk ORDER BY rowid",
            command =>
            {
                command.Parameters.AddWithValue("$c", container);
                command.Parameters.AddWithValue("$pk", partitionKey);
            },
            cancellationToken);
    }

    public IAsyncEnumerable<T> ReadAllAsync<T>(string container, CancellationToken cancellationToken = default)
    {
        DocumentJson.ValidateContainer(container);
        return QueryAsync<T>(
            "SELECT body FROM documents WHERE container = $c ORDER BY rowid",
            command => command.Parameters.AddWithValue("$c", container),
            cancellationToken);
    }

    public void Dispose()
    {
        // The writer first: its connection goes back to the pool, which is then cleared (the file is free to delete).
        _writer.Dispose();
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async IAsyncEnumerable<T> QueryAsync<T>(string sql, Action<SqliteCommand> bind, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var connection = await OpenAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            bind(command);
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    yield return DocumentJson.Deserialize<T>((byte[])reader.GetValue(0));
                }
            }
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            connection.Open();
            using var pragma = connection.CreateCommand();
            pragma.CommandText = ConnectionPragmas;
            pragma.ExecuteNonQuery();
            return connection;
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
            using var pragma = connection.CreateCommand();

            pragma.CommandText = ConnectionPragmas;
            await pragma.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync().ConfigureAwait(false);
            throw;
        }
    }

    private static void AddKey(SqliteCommand command, string container, string partitionKey, string id)
    {
        command.Parameters.AddWithValue("$c", container);
        command.Parameters.AddWithValue("$pk", partitionKey);
        command.Parameters.AddWithValue("$id", id);
    }

    private static string NewETag() => $"\"{Guid.NewGuid():D}\"";
}
