using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ResumeFlow.Host.Security;

/// <summary>
/// Sessions ended by signing out, so a copy of the cookie replayed later is refused although its token has not
/// expired. Kept in a small SQLite table in the private data folder (a restart keeps them) and mirrored in memory
/// (a request never waits on the file); rows are dropped once the session would have expired anyway.
/// </summary>
internal sealed class SessionRevocations
{
    public const string FileName = "web-sessions.db";

    private readonly string _connectionString;
    private readonly TimeProvider _time;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _revoked = new(StringComparer.Ordinal);

    public SessionRevocations(IConfiguration configuration, IHostEnvironment environment, TimeProvider time)
    {
        var path = Path.Combine(HostDataDirectory.Resolve(configuration, environment), FileName);
        _connectionString = new SqliteConnectionStringBuilder { DataSource = path, Pooling = false }.ToString();
        _time = time;
        using var connection = Open();
        Execute(connection, "CREATE TABLE IF NOT EXISTS revoked_sessions (id TEXT PRIMARY KEY, expires_at INTEGER NOT NULL)");
        Execute(connection, "DELETE FROM revoked_sessions WHERE expires_at <= $now", ("$now", time.GetUtcNow().ToUnixTimeSeconds()));
        using var read = connection.CreateCommand();
        read.CommandText = "SELECT id, expires_at FROM revoked_sessions";
        using var reader = read.ExecuteReader();
        while (reader.Read())
        {
            _revoked[reader.GetString(0)] = DateTimeOffset.FromUnixTimeSeconds(reader.GetInt64(1));
        }
    }

    public bool IsRevoked(string sessionId) => _revoked.ContainsKey(sessionId);

    /// <summary>Ends the session for good (until <paramref name="expiresAt"/>, after which its token is refused anyway).</summary>
    public async Task RevokeAsync(string sessionId, DateTimeOffset expiresAt, CancellationToken cancellationToken)
    {
        _revoked[sessionId] = expiresAt;
        var now = _time.GetUtcNow();
        foreach (var expired in _revoked.Where(r => r.Value <= now).Select(r => r.Key).ToList())
        {
            _revoked.TryRemove(expired, out _);
        }

        await using var connection = Open();
        await using var command = connection.CreateCommand();
        command.CommandText = "INSERT OR REPLACE INTO revoked_sessions (id, expires_at) VALUES ($id, $expires); DELETE FROM revoked_sessions WHERE expires_at <= $now";
        command.Parameters.AddWithValue("$id", sessionId);
        command.Parameters.AddWithValue("$expires", expiresAt.ToUnixTimeSeconds());
        command.Parameters.AddWithValue("$now", now.ToUnixTimeSeconds());
        await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql, params (string Name, object Value)[] parameters)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            command.Parameters.AddWithValue(name, value);
        }

        command.ExecuteNonQuery();
    }
}
