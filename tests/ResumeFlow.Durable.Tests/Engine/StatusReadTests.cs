using System.Globalization;
using Microsoft.Data.Sqlite;
using Microsoft.DurableTask.Client;
using ResumeFlow.Durable.Tests.Workflows;
using ResumeFlow.Testing.Durable;

namespace ResumeFlow.Durable.Tests.Engine;

/// <summary>Status reads use their own connections on the WAL file: they read the last commit and never queue behind a write.</summary>
public sealed class StatusReadTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Status_read_completes_while_a_large_write_transaction_holds_the_write_lock()
    {
        await using var host = await DurableTestHost.StartAsync(t => t.AddTestWorkflows(), s => s.AddTestServices(), cancellationToken: Ct);
        var done = await host.RunAsync(nameof(Sequence), new[] { "x" }, Ct);

        // A large commit in progress: the write lock taken and 50,000 history rows written, not yet committed.
        using var writer = new SqliteConnection($"Data Source={host.DatabasePath};Pooling=False");
        writer.Open();
        using var transaction = writer.BeginTransaction(deferred: false);
        using (var insert = writer.CreateCommand())
        {
            insert.Transaction = transaction;
            insert.CommandText = """
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 50000)
                INSERT INTO history(instance_id, seq, event_type, timestamp, payload) SELECT 'bulk', i, 'EventRaised', 0, '{}' FROM n;
                UPDATE instances SET status = 5 WHERE instance_id = $id;
                """;
            insert.Parameters.AddWithValue("$id", done.InstanceId);
            insert.ExecuteNonQuery();
        }

        var started = DateTime.UtcNow;
        var read = await host.Client.GetInstanceAsync(done.InstanceId, getInputsAndOutputs: true, Ct).WaitAsync(TimeSpan.FromSeconds(5), Ct);
        var elapsed = DateTime.UtcNow - started;

        Assert.NotNull(read);
        Assert.Equal(OrchestrationRuntimeStatus.Completed, read.RuntimeStatus);
        Assert.True(elapsed < TimeSpan.FromSeconds(2), "the read waited " + elapsed.TotalMilliseconds.ToString("F0", CultureInfo.InvariantCulture) + " ms behind the writer");
        transaction.Rollback();
    }
}
