using System.Globalization;
using Microsoft.DurableTask.Client;
using ResumeFlow.Workflows.Analysis;
using Spectre.Console;

namespace ResumeFlow.Cli.Output;

/// <summary>
/// Follows an analysis through its custom status until it ends: a live per-section table (section, state,
/// producer, score) on a terminal, one line per section change otherwise.
/// </summary>
internal static class AnalysisProgressView
{
    public static async Task<OrchestrationMetadata> WaitAsync(IAnsiConsole console, bool interactive, DurableTaskClient client, string instanceId, CancellationToken cancellationToken)
    {
        if (!interactive)
        {
            var seen = new Dictionary<string, SectionState>(StringComparer.Ordinal);
            return await PollAsync(client, instanceId, status => WriteLines(console, status, seen), cancellationToken).ConfigureAwait(false);
        }

        OrchestrationMetadata? final = null;
        await console.Live(Table(new AnalysisStatus("planning", [])))
            .AutoClear(false)
            .StartAsync(async live =>
            {
                final = await PollAsync(client, instanceId, status => live.UpdateTarget(Table(status)), cancellationToken).ConfigureAwait(false);
                live.Refresh();
            }).ConfigureAwait(false);
        return final!;
    }

    internal static Table Table(AnalysisStatus status)
    {
        var table = new Table().Title($"analysis: {status.Phase}").AddColumns("section", "state", "by", "score");
        foreach (var section in status.Sections)
        {
            table.AddRow(Markup.Escape(section.Section), Describe(section.State), Markup.Escape(section.By ?? "-"), Score(section.Score));
        }

        return table;
    }

    private static Task<OrchestrationMetadata> PollAsync(DurableTaskClient client, string instanceId, Action<AnalysisStatus> onChange, CancellationToken cancellationToken)
        => CustomStatusPoller.PollAsync<AnalysisStatus>(client, instanceId, AnalysisJson.Options, (status, _) => onChange(status), cancellationToken);

    // A log, not a terminal: one short line per section whose state changed since the last status seen.
    private static void WriteLines(IAnsiConsole console, AnalysisStatus status, Dictionary<string, SectionState> seen)
    {
        foreach (var s in status.Sections.Where(s => !seen.TryGetValue(s.Section, out var state) || state != s.State))
        {
            seen[s.Section] = s.State;
            console.WriteLine($"progress: {s.Section} {s.State.ToString().ToLowerInvariant()}{(s.By is null ? string.Empty : " by " + s.By)}{(s.Score is null ? string.Empty : " " + Score(s.Score))}");
        }
    }

    private static string Describe(SectionState state) => state switch
    {
        SectionState.Completed => "[green]completed[/]",
        SectionState.Failed => "[red]failed[/]",
        SectionState.Skipped => "[yellow]skipped[/]",
        SectionState.Running => "[blue]running[/]",
        _ => "pending",
    };

    private static string Score(double? score) => score?.ToString("0.#", CultureInfo.InvariantCulture) ?? "-";
}
