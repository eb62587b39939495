using Microsoft.DurableTask;

namespace ResumeFlow.Durable.AzureStorage.Worker;

/// <summary>Waits the configured work time, then logs the item as executed by this process and returns it.</summary>
public sealed class RecordItem(ExecutionLog log) : TaskActivity<int, int>
{
    public override async Task<int> RunAsync(TaskActivityContext context, int input)
    {
        if (log.WorkTime > TimeSpan.Zero)
        {
            await Task.Delay(log.WorkTime).ConfigureAwait(false);
        }

        log.Record(input);
        return input;
    }
}
