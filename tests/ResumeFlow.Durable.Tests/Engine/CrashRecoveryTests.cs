using System.Diagnostics;
using System.Text.Json;
using Microsoft.Data.Sqlite;

namespace ResumeFlow.Durable.Tests.Engine;

/// <summary>
/// A real child process runs a 200-activity fan-out and is killed with SIGKILL half way; a second
/// process finishes the instance from the same database.
/// </summary>
public sealed class CrashRecoveryTests
{
    private const int Activities = 200;
    private const string InstanceId = "crash-fan-out";

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task Killed_process_resumes_without_rerunning_completed_activities_or_losing_any()
    {
        using var database = new TemporaryDatabase();
        var executionsPath = Path.Combine(database.Directory, "executions.db");

        using (var first = StartWorker(database.Path, executionsPath, "start"))
        {
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (CountExecutions(executionsPath) < Activities / 2)
            {
                Assert.True(DateTime.UtcNow < deadline, "the worker never got half way: " + await ReadErrorAsync(first));
                Assert.False(first.HasExited, "the worker exited before it was killed: " + await ReadErrorAsync(first));
                await Task.Delay(5, Ct);
            }

            first.Kill(); // SIGKILL on Linux: no shutdown code runs.
            await first.WaitForExitAsync(Ct);
        }

        var completedBeforeKill = ReadCommittedResults(database.Path);
        var executedBeforeKill = ReadExecutions(executionsPath);
        Assert.NotEmpty(completedBeforeKill);
        Assert.True(completedBeforeKill.Count < Activities, "the kill came after every activity had completed; nothing was tested");
        var inFlightAtKill = executedBeforeKill.Count(i => !completedBeforeKill.Contains(i));

        string output;
        using (var second = StartWorker(database.Path, executionsPath, "resume"))
        {
            var stdout = await second.StandardOutput.ReadToEndAsync(Ct).WaitAsync(TimeSpan.FromSeconds(120), Ct);
            await second.WaitForExitAsync(Ct);
            Assert.True(second.ExitCode == 0, "the resumed worker failed: " + await ReadErrorAsync(second));
            output = stdout.Split('\n').Single(l => l.StartsWith("OUTPUT ", StringComparison.Ordinal))["OUTPUT ".Length..];
        }

        using var result = JsonDocument.Parse(output);
        Assert.Equal("Completed", result.RootElement.GetProperty("status").GetString());
        var values = JsonSerializer.Deserialize<int[]>(result.RootElement.GetProperty("output").GetString()!)!;
        Assert.Equal(Enumerable.Range(0, Activities), values);

        var executions = ReadExecutions(executionsPath);
        var perIndex = executions.GroupBy(i => i).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(Activities, perIndex.Count);
        Assert.All(completedBeforeKill, i => Assert.Equal(1, perIndex[i]));
        Assert.True(
            executions.Count <= Activities + inFlightAtKill,
            $"{executions.Count} executions for {Activities} activities with {inFlightAtKill} in flight at the kill");
    }

    private static Process StartWorker(string enginePath, string executionsPath, string mode)
    {
        var worker = Path.Combine(AppContext.BaseDirectory, "ResumeFlow.Durable.CrashWorker.dll");
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[] { worker, enginePath, executionsPath, mode, InstanceId })
        {
            start.ArgumentList.Add(argument);
        }

        return Process.Start(start) ?? throw new InvalidOperationException("could not start the crash worker");
    }

    private static async Task<string> ReadErrorAsync(Process process)
        => process.HasExited ? await process.StandardError.ReadToEndAsync() : "(still running)";

    private static int CountExecutions(string path)
    {
        if (!File.Exists(path))
        {
            return 0;
        }

        try
        {
            return ReadExecutions(path).Count;
        }
        catch (SqliteException)
        {
            return 0; // the table is being created
        }
    }

    private static List<int> ReadExecutions(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT idx FROM executions";
        using var reader = command.ExecuteReader();
        var rows = new List<int>();
        while (reader.Read())
        {
            rows.Add(reader.GetInt32(0));
        }

        return rows;
    }

    /// <summary>Activity results whose completion the engine had committed before the kill.</summary>
    private static HashSet<int> ReadCommittedResults(string enginePath)
    {
        using var connection = new SqliteConnection($"Data Source={enginePath};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT payload FROM history WHERE instance_id = $id AND event_type = 'TaskCompleted'";
        command.Parameters.AddWithValue("$id", InstanceId);
        using var reader = command.ExecuteReader();
        var results = new HashSet<int>();
        while (reader.Read())
        {
            using var payload = JsonDocument.Parse(reader.GetString(0));
            results.Add(int.Parse(payload.RootElement.GetProperty("result").GetString()!, System.Globalization.CultureInfo.InvariantCulture));
        }

        return results;
    }
}
