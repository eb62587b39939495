using System.CommandLine;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.Cli.Hosting;
using ResumeFlow.Cli.Output;
using ResumeFlow.Workflows.Api;
using ResumeFlow.Workflows.Review;
using ResumeFlow.Workflows.Screening;
using Spectre.Console;

namespace ResumeFlow.Cli.Commands;

/// <summary>
/// <c>resumeflow review &lt;screeningId&gt; &lt;candidate&gt; --reviewer NAME --decision confirm|override --reason TEXT</c>:
/// a person confirms or overrides one automated decision; the reports are rewritten to show it. The candidate
/// may be given by a unique prefix of its id (the reports print the first 12 characters).
/// </summary>
internal static class ReviewCommand
{
    public static Command Create(CliEnvironment environment, Option<string> data)
    {
        var id = new Argument<string>("screeningId") { Description = "The screening id." };
        var candidate = new Argument<string>("candidate") { Description = "The candidate id, or a unique prefix of it." };
        var reviewer = new Option<string>("--reviewer") { Description = "Who decides (recorded in the audit trail).", Required = true };
        var decision = new Option<string>("--decision") { Description = "confirm or override.", Required = true };
        decision.AcceptOnlyFromAmong("confirm", "override");
        var reason = new Option<string>("--reason") { Description = "Why (recorded with the decision).", Required = true };
        var output = new Option<string?>("--out", "-o") { Description = "Folder to rewrite the reports in (default out/screening-<id>, as screen writes them)." };
        var command = new Command("review", "Confirm or override a screening's decision about one candidate.") { id, candidate, reviewer, decision, reason, output };
        command.SetAction(async (parse, cancellationToken) =>
        {
            var console = CliConsole.Create(environment);
            await using var host = await CliHost.StartAsync(environment, parse.GetValue(data)!, cancellationToken).ConfigureAwait(false);
            var screeningId = parse.GetValue(id)!;
            var candidateId = await ResolveCandidateAsync(host.Services.GetRequiredService<IScreeningService>(), screeningId, parse.GetValue(candidate)!, cancellationToken).ConfigureAwait(false);
            var body = new ReviewBody(parse.GetValue(reviewer), parse.GetValue(decision), parse.GetValue(reason));
            var review = await host.Services.GetRequiredService<IReviewService>().ReviewAsync(screeningId, candidateId, body.ToRequest(), cancellationToken).ConfigureAwait(false);
            var outcome = review.Passed ? "[green]passes[/]" : "[red]does not pass[/]";
            var folder = environment.Resolve(parse.GetValue(output) ?? ReportFiles.DefaultFolder(screeningId));
            await ReportFiles.CopyAsync(host.Services.GetRequiredService<IScreeningService>(), screeningId, folder, cancellationToken).ConfigureAwait(false);
            console.MarkupLine($"{Markup.Escape(review.Decision == ReviewDecision.Override ? "Overridden" : "Confirmed")} by {Markup.Escape(review.Reviewer)}: candidate {Markup.Escape(candidateId[..Math.Min(12, candidateId.Length)])} {outcome}. Reports rewritten in {Markup.Escape(folder)}.");
            return CliExitCodes.Ok;
        });
        return command;
    }

    private static async Task<string> ResolveCandidateAsync(IScreeningService screening, string screeningId, string given, CancellationToken cancellationToken)
    {
        var results = await screening.GetResultsAsync(screeningId, cancellationToken: cancellationToken).ConfigureAwait(false);
        var matches = results.Results.Select(r => r.Result.CandidateId).Where(c => c.StartsWith(given, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        return matches.Count switch
        {
            1 => matches[0],
            0 => throw new ScreeningException(ScreeningErrorCodes.CandidateNotFound, $"No candidate of screening '{screeningId}' has an id starting '{given}'."),
            _ => throw new CliException(CliErrorCodes.CandidateAmbiguous, $"'{given}' matches {matches.Count} candidates; give more of the id.", CliExitCodes.Usage),
        };
    }
}
