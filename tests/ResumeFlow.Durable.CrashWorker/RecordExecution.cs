using Microsoft.Data.Sqlite;
using Microsoft.DurableTask;
using Microsoft.Extensions.Hosting;

namespace ResumeFlow.Durable.CrashWorker;

/// <summary>Records that it ran (index, process id) in the executions table, takes a little time, returns its index.</summary>
internal sealed class RecordExecution(ExecutionsDatabase executions, IHostApplicationLifetime lifetime) : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input)
    {
        var cancellationToken = lifetime.ApplicationStopping;
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
