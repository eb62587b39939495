using Spectre.Console;

namespace ResumeFlow.Cli.Output;

/// <summary>The CLI's live progress display on a terminal: one bar per task, percentage, time left, spinner.</summary>
internal static class LiveProgress
{
    public static Task StartAsync(IAnsiConsole console, Func<ProgressContext, Task> action)
        => console.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(action);
}
