using System.Collections.Concurrent;
using Microsoft.Data.Sqlite;

namespace ResumeFlow.Storage.Documents.Sqlite;

/// <summary>
/// The one writer of a SQLite database in this process: a dedicated thread that commits every write queued
/// while the previous commit ran in one transaction (group commit). SQLite takes one writer at a time anyway; what
/// this removes is the hand-over between writers. A lock handed from task to task waits in the thread pool's
/// queue at every hand-over, which CPU-bound work (a screening scoring thousands of candidates) keeps long, and
/// Microsoft.Data.Sqlite answers a write collision by sleeping 150 ms. Each write still gets its own result and
/// its own error: a failed statement rolls back alone, the transaction goes on.
/// </summary>
internal sealed class SqliteGroupWriter : IDisposable
{
    // Writes per transaction: enough to amortise a commit, few enough that readers see progress.
    private const int MaxBatch = 256;

    private readonly BlockingCollection<PendingWrite> _queue = [];
    private readonly Func<SqliteConnection> _open;
    private readonly Thread _thread;

    public SqliteGroupWriter(Func<SqliteConnection> open)
    {
        _open = open;
        _thread = new Thread(Run) { IsBackground = true, Name = "SQLite document writer" };
        _thread.Start();
    }

    /// <summary>Runs <paramref name="prepare"/>'s command in the next group; its result is the number of rows changed.</summary>
    public Task<int> WriteAsync(Action<SqliteCommand> prepare, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var write = new PendingWrite(prepare, cancellationToken);
        _queue.Add(write, cancellationToken);
        return write.Completion.Task;
    }

    public void Dispose()
    {
        _queue.CompleteAdding();
        _thread.Join();
        _queue.Dispose();
    }

    private void Run()
    {
        SqliteConnection? connection = null;
        var batch = new List<PendingWrite>(MaxBatch);
        try
        {
            while (_queue.TryTake(out var first, Timeout.Infinite))
            {
                batch.Add(first);
                while (batch.Count < MaxBatch && _queue.TryTake(out var next))
                {
                    batch.Add(next);
                }

                try
                {
                    connection ??= _open();
                    Commit(connection, batch);
                }
                catch (Exception ex)
                {
                    // The connection or the commit failed: every write of the group failed with it, and a new connection is tried next.
                    connection?.Dispose();
                    connection = null;
                    foreach (var write in batch)
                    {
                        write.Completion.TrySetException(ex);
                    }
                }

                batch.Clear();
            }
        }
        finally
        {
            connection?.Dispose();
        }
    }

    private static void Commit(SqliteConnection connection, List<PendingWrite> batch)
    {
        var changed = new int?[batch.Count];
        var errors = new Exception?[batch.Count];
        using (var transaction = connection.BeginTransaction())
        {
            for (var i = 0; i < batch.Count; i++)
            {
                if (batch[i].CancellationToken.IsCancellationRequested)
                {
                    continue;
                }

                try
                {
                    using var command = connection.CreateCommand();
                    command.Transaction = transaction;
                    batch[i].Prepare(command);
                    changed[i] = command.ExecuteNonQuery();
                }
                catch (SqliteException ex)
                {
                    errors[i] = ex;
                }
            }

            transaction.Commit();
        }

        // Results only once committed: a caller told "written" must find the write after a crash.
        for (var i = 0; i < batch.Count; i++)
        {
            var write = batch[i];
            if (changed[i] is { } rows)
            {
                write.Completion.TrySetResult(rows);
            }
            else if (errors[i] is { } error)
            {
                write.Completion.TrySetException(error);
            }
            else
            {
                write.Completion.TrySetCanceled(write.CancellationToken);
            }
        }
    }

    private sealed class PendingWrite(Action<SqliteCommand> prepare, CancellationToken cancellationToken)
    {
        public Action<SqliteCommand> Prepare { get; } = prepare;

        public CancellationToken CancellationToken { get; } = cancellationToken;

        public TaskCompletionSource<int> Completion { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);
    }
}
