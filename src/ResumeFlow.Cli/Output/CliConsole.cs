using Spectre.Console;

namespace ResumeFlow.Cli.Output;

/// <summary>The Spectre console of one run, writing to the environment's output (a terminal or a captured writer).</summary>
internal static class CliConsole
{
    public static IAnsiConsole Create(CliEnvironment environment)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(environment.Output),
            Ansi = environment.Interactive ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = environment.Interactive ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = environment.Interactive ? InteractionSupport.Detect : InteractionSupport.No,
        });
        if (!environment.Interactive)
        {
            // Captured output (tests, logs): wide enough that tables do not wrap ids and evidence.
            console.Profile.Width = 200;
        }

        return console;
    }
}
