using Microsoft.Data.Sqlite;

namespace ResumeFlow.Durable.CrashWorker;

/// <summary>The table the test reads to count executions (a separate SQLite file from the engine's).</summary>
internal sealed class ExecutionsDatabase
{
    public ExecutionsDatabase(string path)
    {
        ConnectionString = new SqliteConnectionStringBuilder { DataSource = path, DefaultTimeout = 30 }.ToString();
        using var connection = new SqliteConnection(ConnectionString);
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "PRAGMA journal_mode=WAL; CREATE TABLE IF NOT EXISTS executions(idx INTEGER NOT NULL, pid INTEGER NOT NULL);";
        command.ExecuteNonQuery();
    }

    public string ConnectionString { get; }
}
