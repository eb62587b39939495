using Microsoft.Data.Sqlite;
using ResumeFlow.Orchestration;

namespace ResumeFlow.Durable.CrashWorker;

/// <summary>Records that it ran (index, process id) in the executions table, takes a little time, returns its index.</summary>
internal sealed class RecordExecution(ExecutionsDatabase executions) : Activity<int, int>
{
    public override async Task<int> RunAsync(ActivityContext context, int input, CancellationToken cancellationToken)
    {
        await using (var connection = new SqliteConnection(executions.ConnectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var command = connection.CreateCommand();
            command.CommandText = "INSERT INTO executions(idx, pid) VALUES($idx, $pid)";
            command.Parameters.AddWithValue("$idx", input);
            command.Parameters.AddWithValue("$pid", Environment.ProcessId);
            await command.ExecuteNonQueryAsync(cancellationToken);
        }

        await Task.Delay(25, cancellationToken);
        return input;
    }
}
