using System.Globalization;
using ResumeFlow.Llm.Pricing;
using ResumeFlow.Workflows.Screening;
using Spectre.Console;

namespace ResumeFlow.Cli.Output;

/// <summary>The ranked table the CLI prints: rank, candidate, score, passed, matched skills, missing must-haves, evidence.</summary>
internal static class ResultsTable
{
    public static void Write(IAnsiConsole console, ScreeningResults results)
    {
        var s = results.Screening;
        var inv = CultureInfo.InvariantCulture;
        var table = new Table().Border(TableBorder.Rounded).Expand();
        table.Title = new TableTitle($"{Markup.Escape(s.JobTitle ?? s.JobId)}: top {results.Results.Count} of {s.Total}");
        table.AddColumn(new TableColumn("#").RightAligned());
        table.AddColumn("Candidate");
        table.AddColumn(new TableColumn("Score").RightAligned());
        table.AddColumn("Passed");
        table.AddColumn("Matched skills");
        table.AddColumn("Missing must-haves");
        table.AddColumn("Evidence");
        foreach (var ranked in results.Results)
        {
            var r = ranked.Result;
            var passed = r.ErrorCode is { } code ? $"[red]error: {Markup.Escape(code)}[/]" : r.Passed ? "[green]yes[/]" : "[red]no[/]";
            var score = r.Score.ToString("0.0", inv) + (r.LlmScore is not null ? $" (det {r.DeterministicScore.ToString("0.0", inv)})" : string.Empty);
            table.AddRow(
                ranked.Rank.ToString(inv),
                Markup.Escape(r.FileName ?? r.CandidateId[..Math.Min(12, r.CandidateId.Length)]),
                score,
                passed,
                Markup.Escape(string.Join(", ", r.MatchedSkills.Take(6))),
                Markup.Escape(string.Join(", ", r.MissingMustHaves.Take(4))),
                Markup.Escape(string.Join("\n", r.Evidence.Take(2).Select(e => Truncate(e, 90)))));
        }

        console.Write(table);
        console.MarkupLine(string.Create(
            inv,
            $"{s.Total} screened, {s.Scored} scored, {s.Failed} failed, [green]{s.Passed} passed[/] (threshold {s.Options.Threshold:0.#}); LLM-scored {s.LlmScored}, {s.InputTokens}+{s.OutputTokens} tokens, {UsdText.Format(s.CostUsd)}."));
    }

    private static string Truncate(string text, int max) => text.Length <= max ? text : text[..(max - 1)] + "…";
}
