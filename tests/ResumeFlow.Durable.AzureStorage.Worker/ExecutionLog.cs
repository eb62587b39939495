namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>
/// One line per activity execution in a file of this process; written through at once, so the lines
/// survive a SIGKILL and the test can count executions per process. A null path logs nothing.
/// </summary>
public sealed class ExecutionLog(string? path, TimeSpan workTime)
{
    private readonly Lock _gate = new();

    public TimeSpan WorkTime { get; } = workTime;

    public void Record(int item)
    {
        if (path is null)
        {
            return;
        }

        lock (_gate)
        {
            File.AppendAllText(path, item.ToString(System.Globalization.CultureInfo.InvariantCulture) + "\n");
        }
    }

    /// <summary>The items a log file holds (a missing file holds none).</summary>
    public static IReadOnlyList<int> Read(string path) =>
        File.Exists(path)
            ? File.ReadAllLines(path).Where(l => l.Length > 0).Select(l => int.Parse(l, System.Globalization.CultureInfo.InvariantCulture)).ToList()
            : [];
}
