using System.Text.Json;
using ResumeFlow.Testing;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Review;

namespace ResumeFlow.Cli.Tests;

/// <summary>The sample screening reviewed and one candidate erased from the command line; the reports show both.</summary>
public sealed class OversightCommandTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task A_screening_can_be_reviewed_and_a_candidate_erased_and_the_report_shows_both()
    {
        using var folder = new CliTestFolder();
        var screen = await folder.RunAsync("screen", "--job", "job.md", "--cvs", "cvs", "--out", "out", "--data", "data");
        Assert.True(screen.ExitCode == 0, screen.ToString());
        var before = await ReadReportAsync(folder);
        var bob = before.Candidates.Single(c => c.FileName == "bob.txt");
        var carol = before.Candidates.Single(c => c.FileName == "carol.txt");
        Assert.False(bob.Passed);

        var review = await folder.RunAsync("review", before.ScreeningId, bob.CandidateId[..12], "--reviewer", "Dana", "--decision", "override", "--reason", "Portfolio shows backend work.", "--out", "out", "--data", "data");
        Assert.True(review.ExitCode == 0, review.ToString());
        Assert.Contains("Overridden by Dana", review.Output, StringComparison.Ordinal);

        var erase = await folder.RunAsync("erase", carol.CandidateId, "--yes", "--out", "out", "--data", "data");
        Assert.True(erase.ExitCode == 0, erase.ToString());

        var after = await ReadReportAsync(folder);
        var reviewed = after.Candidates.Single(c => c.CandidateId == bob.CandidateId);
        Assert.Equal(DecisionStates.Overridden, reviewed.Decision);
        Assert.True(reviewed.Passed);
        Assert.DoesNotContain(after.Candidates, c => c.CandidateId == carol.CandidateId);
        Assert.Single(after.Amendments);
        var html = await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.html"), Ct);
        Assert.Contains("Amended:", html, StringComparison.Ordinal);
        Assert.Contains("overridden by Dana", html, StringComparison.Ordinal);
        Assert.DoesNotContain("carol.txt", html, StringComparison.Ordinal);

        var audit = await folder.RunAsync("audit", before.ScreeningId, "--data", "data");
        Assert.True(audit.ExitCode == 0, audit.ToString());
        Assert.Contains("\"kind\":\"decision_reviewed\"", audit.Output, StringComparison.Ordinal);
        Assert.Contains("\"kind\":\"candidate_erased\"", audit.Output, StringComparison.Ordinal);
    }

    /// <summary>The "done when", word for word: the repository's sample screening, reviewed and one candidate erased from the CLI.</summary>
    [Fact]
    public async Task The_sample_screening_reviewed_and_a_sample_candidate_erased_from_the_cli_shows_both_in_the_report()
    {
        using var folder = new CliTestFolder();
        var samples = Path.Combine(RepositoryPaths.Root ?? throw new InvalidOperationException("not in a checkout"), "samples");
        var screen = await folder.RunAsync("screen", "--job", Path.Combine(samples, "jobs", "backend-engineer.md"), "--cvs", Path.Combine(samples, "cvs"), "--out", "out", "--data", "data");
        Assert.True(screen.ExitCode == 0, screen.ToString());
        var before = await ReadReportAsync(folder);
        Assert.Equal(Directory.GetFiles(Path.Combine(samples, "cvs")).Length, before.Candidates.Count);
        var frontend = before.Candidates.Single(c => c.FileName == "sofia-martinez-frontend-react.md");
        var erased = before.Candidates.Single(c => c.FileName == "tomasz-nowak-qa-engineer.txt");
        Assert.False(frontend.Passed);

        var review = await folder.RunAsync("review", before.ScreeningId, frontend.CandidateId, "--reviewer", "Dana", "--decision", "override", "--reason", "Shipped Node.js APIs.", "--out", "out", "--data", "data");
        Assert.True(review.ExitCode == 0, review.ToString());
        var erase = await folder.RunAsync("erase", erased.CandidateId, "--yes", "--out", "out", "--data", "data");
        Assert.True(erase.ExitCode == 0, erase.ToString());
        Assert.Contains("Erased candidate " + erased.CandidateId, erase.Output, StringComparison.Ordinal);

        var after = await ReadReportAsync(folder);
        Assert.Equal(before.Candidates.Count - 1, after.Candidates.Count);
        Assert.DoesNotContain(after.Candidates, c => c.CandidateId == erased.CandidateId);
        Assert.Equal(DecisionStates.Overridden, after.Candidates.Single(c => c.CandidateId == frontend.CandidateId).Decision);
        Assert.Single(after.Amendments);
        var html = await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.html"), Ct);
        Assert.Contains("Amended:", html, StringComparison.Ordinal);
        Assert.Contains("overridden by Dana", html, StringComparison.Ordinal);
        Assert.Contains("sofia-martinez-frontend-react.md", html, StringComparison.Ordinal);
        Assert.DoesNotContain("tomasz-nowak", html, StringComparison.Ordinal);
        var csv = await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.csv"), Ct);
        Assert.DoesNotContain(erased.CandidateId, csv, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Erase_without_yes_or_of_an_unknown_candidate_exits_with_a_code()
    {
        using var folder = new CliTestFolder();

        var unconfirmed = await folder.RunAsync("erase", new string('a', 64), "--data", "data");
        var unknown = await folder.RunAsync("erase", new string('a', 64), "--yes", "--data", "data");

        Assert.Equal(CliExitCodes.Usage, unconfirmed.ExitCode);
        Assert.Contains("error [confirmation_required]", unconfirmed.Error, StringComparison.Ordinal);
        Assert.NotEqual(0, unknown.ExitCode);
        Assert.Contains("error [candidate_not_found]", unknown.Error, StringComparison.Ordinal);
    }

    private static async Task<ScreeningReport> ReadReportAsync(CliTestFolder folder)
        => JsonSerializer.Deserialize<ScreeningReport>(await File.ReadAllTextAsync(Path.Combine(folder.Root, "out", "report.json"), Ct), ScreeningJson.Options)!;
}
