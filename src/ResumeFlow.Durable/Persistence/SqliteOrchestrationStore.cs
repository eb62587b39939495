using System.Globalization;
using System.Text;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using ResumeFlow.Durable.History;
using ResumeFlow.Durable.Serialization;
using Microsoft.DurableTask;
using Microsoft.DurableTask.Client;

namespace ResumeFlow.Durable.Persistence;

/// <summary>
/// The engine's SQLite file (WAL): instances, history, inbox (pending messages and timers) and
/// pending activities. The engine loop is the only writer; clients read on their own connections.
/// </summary>
internal sealed class SqliteOrchestrationStore
{
    private const string InstanceColumns =
        "instance_id, name, execution_id, status, input, output, custom_status, failure, created_at, last_updated_at, parent_instance_id, parent_task_id";

    private const string Schema = """
        CREATE TABLE IF NOT EXISTS instances(
            instance_id TEXT NOT NULL PRIMARY KEY,
            name TEXT NOT NULL,
            execution_id TEXT NOT NULL,
            status INTEGER NOT NULL,
            input TEXT NULL,
            output TEXT NULL,
            custom_status TEXT NULL,
            failure TEXT NULL,
            created_at INTEGER NOT NULL,
            last_updated_at INTEGER NOT NULL,
            parent_instance_id TEXT NULL,
            parent_task_id INTEGER NULL) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_instances_created ON instances(created_at, instance_id);
        CREATE TABLE IF NOT EXISTS history(
            instance_id TEXT NOT NULL,
            seq INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            timestamp INTEGER NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY(instance_id, seq)) WITHOUT ROWID;
        CREATE TABLE IF NOT EXISTS inbox(
            id INTEGER NOT NULL PRIMARY KEY,
            instance_id TEXT NOT NULL,
            execution_id TEXT NULL,
            fire_at INTEGER NULL,
            payload TEXT NOT NULL);
        CREATE INDEX IF NOT EXISTS ix_inbox_instance ON inbox(instance_id);
        """;

    private readonly string _connectionString;
    private readonly bool _synchronousFull;

    public SqliteOrchestrationStore(string databasePath, bool synchronousFull)
    {
        var directory = Path.GetDirectoryName(Path.GetFullPath(databasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }

        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = databasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
        _synchronousFull = synchronousFull;

        // The schema exists before the engine starts, so a client can read (and find nothing) without a running worker.
        using var connection = OpenConnection();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, Schema);
    }

    public SqliteConnection OpenConnection()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        return connection;
    }

    public async Task<SqliteConnection> OpenConnectionAsync(CancellationToken cancellationToken = default)
    {
        var connection = new SqliteConnection(_connectionString);
        await connection.OpenAsync(cancellationToken).ConfigureAwait(false);
        return connection;
    }

    /// <summary>Opens the writer connection (WAL, synchronous per options).</summary>
    public SqliteConnection OpenWriter()
    {
        var connection = OpenConnection();
        Execute(connection, "PRAGMA journal_mode=WAL;");
        Execute(connection, _synchronousFull ? "PRAGMA synchronous=FULL;" : "PRAGMA synchronous=NORMAL;");

        // Checkpoints run on a background connection (CheckpointAsync), so a commit never waits for one.
        Execute(connection, "PRAGMA wal_autocheckpoint=0;");
        return connection;
    }

    /// <summary>Copies committed WAL pages into the database file without blocking the writer (PASSIVE), or truncates the WAL at shutdown.</summary>
    public async Task CheckpointAsync(bool truncate, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            command.CommandText = truncate ? "PRAGMA wal_checkpoint(TRUNCATE);" : "PRAGMA wal_checkpoint(PASSIVE);";
            await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
        }
    }

    public static InstanceRecord? ReadInstance(SqliteConnection connection, string instanceId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {InstanceColumns} FROM instances WHERE instance_id = $id";
        command.Parameters.AddWithValue("$id", instanceId);
        using var reader = command.ExecuteReader();
        return reader.Read() ? ReadRecord(reader) : null;
    }

    public async Task<InstanceRecord?> ReadInstanceAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return ReadInstance(connection, instanceId);
        }
    }

    public static List<HistoryEvent> ReadHistory(SqliteConnection connection, string instanceId)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM history WHERE instance_id = $id ORDER BY seq";
        command.Parameters.AddWithValue("$id", instanceId);
        using var reader = command.ExecuteReader();
        var events = new List<HistoryEvent>();
        while (reader.Read())
        {
            events.Add(JsonSerializer.Deserialize<HistoryEvent>(reader.GetString(0), DurableJson.HistoryOptions)!);
        }

        return events;
    }

    public static List<InboxRow> ReadInbox(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, instance_id, execution_id, fire_at, payload FROM inbox ORDER BY id";
        using var reader = command.ExecuteReader();
        var rows = new List<InboxRow>();
        while (reader.Read())
        {
            rows.Add(new InboxRow(
                reader.GetInt64(0),
                reader.GetString(1),
                reader.IsDBNull(2) ? null : reader.GetString(2),
                reader.IsDBNull(3) ? null : new DateTime(reader.GetInt64(3), DateTimeKind.Utc),
                JsonSerializer.Deserialize<HistoryEvent>(reader.GetString(4), DurableJson.HistoryOptions)!));
        }

        return rows;
    }

    /// <summary>
    /// Activities of unfinished instances that history shows scheduled but not completed, failed, or
    /// with a result waiting in the inbox: what ran (or was about to run) when the process stopped.
    /// History is the only record of scheduled work, so a fan-out writes each activity once.
    /// </summary>
    public static List<ActivityRow> ReadPendingActivities(SqliteConnection connection, IEnumerable<InboxRow> inbox)
    {
        var answered = inbox
            .Where(r => r.Event.EventType is HistoryEventType.TaskCompleted or HistoryEventType.TaskFailed)
            .Select(r => (r.InstanceId, r.Event.TaskId))
            .ToHashSet();
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT h.instance_id, i.execution_id, h.event_type, h.payload
            FROM history h JOIN instances i ON i.instance_id = h.instance_id
            WHERE i.status IN ({(int)OrchestrationRuntimeStatus.Running}, {(int)OrchestrationRuntimeStatus.Suspended})
              AND h.event_type IN ('TaskScheduled', 'TaskCompleted', 'TaskFailed')
            ORDER BY h.instance_id, h.seq
            """;
        using var reader = command.ExecuteReader();
        var pending = new Dictionary<(string InstanceId, int TaskId), ActivityRow>();
        while (reader.Read())
        {
            var instanceId = reader.GetString(0);
            var historyEvent = JsonSerializer.Deserialize<HistoryEvent>(reader.GetString(3), DurableJson.HistoryOptions)!;
            var key = (instanceId, historyEvent.TaskId);
            if (historyEvent.EventType == HistoryEventType.TaskScheduled)
            {
                pending[key] = new ActivityRow(instanceId, reader.GetString(1), historyEvent.TaskId, historyEvent.Name ?? string.Empty, historyEvent.Input, historyEvent.Attempt ?? 1);
            }
            else
            {
                pending.Remove(key);
            }
        }

        return pending.Where(p => !answered.Contains(p.Key)).Select(p => p.Value).ToList();
    }

    public static long ReadMaxInboxId(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT COALESCE(MAX(id), 0) FROM inbox";
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    /// <summary>Applies a whole engine step in one transaction.</summary>
    public static void Commit(SqliteConnection connection, CommitBatch batch)
    {
        using var transaction = connection.BeginTransaction();
        foreach (var instanceId in batch.PurgedInstances.Concat(batch.ResetInstances))
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = """
                DELETE FROM history WHERE instance_id = $id;
                DELETE FROM inbox WHERE instance_id = $id;
                """;
            delete.Parameters.AddWithValue("$id", instanceId);
            delete.ExecuteNonQuery();
        }

        foreach (var instanceId in batch.PurgedInstances)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM instances WHERE instance_id = $id";
            delete.Parameters.AddWithValue("$id", instanceId);
            delete.ExecuteNonQuery();
        }

        if (batch.Instances.Count > 0)
        {
            using var upsert = connection.CreateCommand();
            upsert.Transaction = transaction;
            upsert.CommandText = $"""
                INSERT INTO instances({InstanceColumns})
                VALUES($id, $name, $exec, $status, $input, $output, $custom, $failure, $created, $updated, $parent, $parentTask)
                ON CONFLICT(instance_id) DO UPDATE SET name = excluded.name, execution_id = excluded.execution_id,
                    status = excluded.status, input = excluded.input, output = excluded.output,
                    custom_status = excluded.custom_status, failure = excluded.failure, created_at = excluded.created_at,
                    last_updated_at = excluded.last_updated_at, parent_instance_id = excluded.parent_instance_id,
                    parent_task_id = excluded.parent_task_id
                """;
            var p = AddParameters(upsert, "$id", "$name", "$exec", "$status", "$input", "$output", "$custom", "$failure", "$created", "$updated", "$parent", "$parentTask");
            upsert.Prepare();
            foreach (var record in batch.Instances.Values)
            {
                p[0].Value = record.InstanceId;
                p[1].Value = record.Name;
                p[2].Value = record.ExecutionId;
                p[3].Value = (int)record.Status;
                p[4].Value = (object?)record.Input ?? DBNull.Value;
                p[5].Value = (object?)record.Output ?? DBNull.Value;
                p[6].Value = (object?)record.CustomStatus ?? DBNull.Value;
                p[7].Value = record.Failure is null ? DBNull.Value : JsonSerializer.Serialize(record.Failure, DurableJson.HistoryOptions);
                p[8].Value = record.CreatedAt.Ticks;
                p[9].Value = record.LastUpdatedAt.Ticks;
                p[10].Value = (object?)record.ParentInstanceId ?? DBNull.Value;
                p[11].Value = (object?)record.ParentTaskId ?? DBNull.Value;
                upsert.ExecuteNonQuery();
            }
        }

        if (batch.History.Count > 0)
        {
            InsertHistory(connection, transaction, batch.History);
        }

        if (batch.InboxDeletes.Count > 0)
        {
            using var delete = connection.CreateCommand();
            delete.Transaction = transaction;
            delete.CommandText = "DELETE FROM inbox WHERE id = $id";
            var p = AddParameters(delete, "$id");
            delete.Prepare();
            foreach (var id in batch.InboxDeletes)
            {
                p[0].Value = id;
                delete.ExecuteNonQuery();
            }
        }

        if (batch.InboxInserts.Count > 0)
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO inbox(id, instance_id, execution_id, fire_at, payload) VALUES($id, $instance, $exec, $fire, $payload)";
            var p = AddParameters(insert, "$id", "$instance", "$exec", "$fire", "$payload");
            insert.Prepare();
            foreach (var row in batch.InboxInserts)
            {
                p[0].Value = row.Id;
                p[1].Value = row.InstanceId;
                p[2].Value = (object?)row.ExecutionId ?? DBNull.Value;
                p[3].Value = row.FireAt is { } fireAt ? fireAt.Ticks : DBNull.Value;
                p[4].Value = JsonSerializer.Serialize(row.Event, DurableJson.HistoryOptions);
                insert.ExecuteNonQuery();
            }
        }

        transaction.Commit();
    }

    public async Task<List<HistoryEvent>> ReadHistoryAsync(string instanceId, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            return ReadHistory(connection, instanceId);
        }
    }

    /// <summary>Instances matching the query, ordered by (created time, id), with keyset paging.</summary>
    public async Task<(List<InstanceRecord> Records, string? ContinuationToken)> QueryAsync(OrchestrationQuery query, CancellationToken cancellationToken = default)
    {
        var connection = await OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        await using (connection.ConfigureAwait(false))
        {
            using var command = connection.CreateCommand();
            var sql = new StringBuilder($"SELECT {InstanceColumns} FROM instances WHERE 1 = 1");
            if (query.Statuses?.ToList() is { Count: > 0 } statuses)
            {
                var names = new List<string>();
                var i = 0;
                foreach (var status in statuses)
                {
                    var name = "$s" + i.ToString(CultureInfo.InvariantCulture);
                    names.Add(name);
                    command.Parameters.AddWithValue(name, (int)status);
                    i++;
                }

                sql.Append(" AND status IN (").Append(string.Join(", ", names)).Append(')');
            }

            if (query.CreatedFrom is { } from)
            {
                sql.Append(" AND created_at >= $from");
                command.Parameters.AddWithValue("$from", from.UtcDateTime.Ticks);
            }

            if (query.CreatedTo is { } to)
            {
                sql.Append(" AND created_at <= $to");
                command.Parameters.AddWithValue("$to", to.UtcDateTime.Ticks);
            }

            if (!string.IsNullOrEmpty(query.InstanceIdPrefix))
            {
                // substr comparison rather than LIKE, so '%' and '_' in ids are literal.
                sql.Append(" AND substr(instance_id, 1, length($prefix)) = $prefix");
                command.Parameters.AddWithValue("$prefix", query.InstanceIdPrefix);
            }

            if (ContinuationToken.TryParse(query.ContinuationToken, out var afterTicks, out var afterId))
            {
                sql.Append(" AND (created_at > $afterTicks OR (created_at = $afterTicks AND instance_id > $afterId))");
                command.Parameters.AddWithValue("$afterTicks", afterTicks);
                command.Parameters.AddWithValue("$afterId", afterId);
            }

            var pageSize = Math.Clamp(query.PageSize, 1, 1000);
            sql.Append(" ORDER BY created_at, instance_id LIMIT $limit");
            command.Parameters.AddWithValue("$limit", pageSize + 1);
            command.CommandText = sql.ToString();

            var records = new List<InstanceRecord>();
            var reader = await command.ExecuteReaderAsync(cancellationToken).ConfigureAwait(false);
            await using (reader.ConfigureAwait(false))
            {
                while (await reader.ReadAsync(cancellationToken).ConfigureAwait(false))
                {
                    records.Add(ReadRecord(reader));
                }
            }

            string? token = null;
            if (records.Count > pageSize)
            {
                records.RemoveAt(records.Count - 1);
                var last = records[^1];
                token = ContinuationToken.Create(last.CreatedAt.Ticks, last.InstanceId);
            }

            return (records, token);
        }
    }

    // Many rows per statement: a fan-out's thousands of events cost tens of statements, not thousands.
    private static void InsertHistory(SqliteConnection connection, SqliteTransaction transaction, List<(string InstanceId, int Sequence, HistoryEvent Event)> rows)
    {
        const int RowsPerStatement = 100;
        SqliteCommand? full = null;
        SqliteParameter[]? fullParameters = null;
        try
        {
            for (var offset = 0; offset < rows.Count; offset += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - offset);
                SqliteCommand command;
                SqliteParameter[] parameters;
                if (count == RowsPerStatement && full is not null)
                {
                    command = full;
                    parameters = fullParameters!;
                }
                else
                {
                    command = connection.CreateCommand();
                    command.Transaction = transaction;
                    var names = new List<string>(count * 5);
                    var values = new StringBuilder("INSERT INTO history(instance_id, seq, event_type, timestamp, payload) VALUES ");
                    for (var i = 0; i < count; i++)
                    {
                        var n = i.ToString(CultureInfo.InvariantCulture);
                        values.Append(i == 0 ? "" : ", ").Append("($i").Append(n).Append(", $s").Append(n).Append(", $t").Append(n)
                            .Append(", $ts").Append(n).Append(", $p").Append(n).Append(')');
                        names.AddRange(["$i" + n, "$s" + n, "$t" + n, "$ts" + n, "$p" + n]);
                    }

                    command.CommandText = values.ToString();
                    parameters = AddParameters(command, [.. names]);
                    if (count == RowsPerStatement)
                    {
                        full = command;
                        fullParameters = parameters;
                    }
                }

                for (var i = 0; i < count; i++)
                {
                    var (instanceId, sequence, historyEvent) = rows[offset + i];
                    parameters[i * 5].Value = instanceId;
                    parameters[(i * 5) + 1].Value = sequence;
                    parameters[(i * 5) + 2].Value = historyEvent.EventType.ToString();
                    parameters[(i * 5) + 3].Value = historyEvent.Timestamp.Ticks;
                    parameters[(i * 5) + 4].Value = JsonSerializer.Serialize(historyEvent, DurableJson.HistoryOptions);
                }

                command.ExecuteNonQuery();
                if (command != full)
                {
                    command.Dispose();
                }
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private static SqliteParameter[] AddParameters(SqliteCommand command, params string[] names)
    {
        var parameters = new SqliteParameter[names.Length];
        for (var i = 0; i < names.Length; i++)
        {
            parameters[i] = command.CreateParameter();
            parameters[i].ParameterName = names[i];
            parameters[i].Value = DBNull.Value;
            command.Parameters.Add(parameters[i]);
        }

        return parameters;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static InstanceRecord ReadRecord(SqliteDataReader reader) => new()
    {
        InstanceId = reader.GetString(0),
        Name = reader.GetString(1),
        ExecutionId = reader.GetString(2),
        Status = (OrchestrationRuntimeStatus)reader.GetInt32(3),
        Input = reader.IsDBNull(4) ? null : reader.GetString(4),
        Output = reader.IsDBNull(5) ? null : reader.GetString(5),
        CustomStatus = reader.IsDBNull(6) ? null : reader.GetString(6),
        Failure = reader.IsDBNull(7) ? null : JsonSerializer.Deserialize<TaskFailureDetails>(reader.GetString(7), DurableJson.HistoryOptions),
        CreatedAt = new DateTime(reader.GetInt64(8), DateTimeKind.Utc),
        LastUpdatedAt = new DateTime(reader.GetInt64(9), DateTimeKind.Utc),
        ParentInstanceId = reader.IsDBNull(10) ? null : reader.GetString(10),
        ParentTaskId = reader.IsDBNull(11) ? null : reader.GetInt32(11),
    };
}
