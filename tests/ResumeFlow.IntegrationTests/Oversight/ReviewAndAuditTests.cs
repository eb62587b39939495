using System.Text;
using System.Text.Json;
using Microsoft.Extensions.DependencyInjection;
using ResumeFlow.IntegrationTests.Screening;
using ResumeFlow.Workflows.Audit;
using ResumeFlow.Workflows.Reports;
using ResumeFlow.Workflows.Review;
using ResumeFlow.Workflows.Screening;

namespace ResumeFlow.IntegrationTests.Oversight;

/// <summary>
/// Human oversight on the embedded default with the LLM through the simulator: a named reviewer confirms or
/// overrides a decision and the reports say so; rejections can be provisional until reviewed; the audit trail
/// holds the start, every score (versions, model, LLM request id, tokens) and every review, and cannot be rewritten.
/// </summary>
public sealed class ReviewAndAuditTests
{
    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    [Fact]
    public async Task An_override_reverses_the_decision_and_the_reports_show_who_and_why()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var (screeningId, ids) = await ScreenAsync(host, new ScreeningOptions { LlmTopK = 2 });
        var results = await host.Screening.GetResultsAsync(screeningId, cancellationToken: Ct);
        var rejected = results.Results.First(r => !r.Result.Passed && r.Result.ErrorCode is null).Result;

        var review = await Reviews(host).ReviewAsync(screeningId, rejected.CandidateId, new ReviewRequest("Dana Reviewer", ReviewDecision.Override, "Relevant experience under another title."), Ct);

        Assert.True(review.Passed);
        Assert.False(review.AutomatedPassed);
        var report = await ReadJsonReportAsync(host, screeningId);
        var row = report.Candidates.Single(c => c.CandidateId == rejected.CandidateId);
        Assert.True(row.Passed);
        Assert.False(row.AutomatedPassed);
        Assert.Equal(DecisionStates.Overridden, row.Decision);
        Assert.Equal("Dana Reviewer", row.Reviewer);
        Assert.Equal(1, report.Totals.Overridden);
        Assert.Equal(results.Screening.Passed + 1, report.Totals.Passed);
        var html = await ReadReportAsync(host, screeningId, "html");
        Assert.Contains("overridden by Dana Reviewer", html, StringComparison.Ordinal);
        var csv = await ReadReportAsync(host, screeningId, "csv");
        Assert.Contains("overridden,Dana Reviewer", csv, StringComparison.Ordinal);
        Assert.Equal(ids.Count, report.Candidates.Count);
    }

    [Fact]
    public async Task With_provisional_rejections_every_automated_rejection_is_pending_until_a_person_confirms_it()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var (screeningId, _) = await ScreenAsync(host, new ScreeningOptions { UseLlm = false, ProvisionalRejections = true });
        var before = await ReadJsonReportAsync(host, screeningId);
        var rejected = before.Candidates.Where(c => !c.Passed && c.ErrorCode is null).ToList();
        Assert.NotEmpty(rejected);
        Assert.All(rejected, r => Assert.Equal(DecisionStates.PendingReview, r.Decision));
        Assert.Equal(rejected.Count, before.Totals.PendingReview);
        Assert.All(before.Candidates.Where(c => c.Passed), r => Assert.Equal(DecisionStates.Automated, r.Decision));

        await Reviews(host).ReviewAsync(screeningId, rejected[0].CandidateId, new ReviewRequest("Sam", ReviewDecision.Confirm, "Lacks the required backend experience."), Ct);

        var after = await ReadJsonReportAsync(host, screeningId);
        Assert.Equal(rejected.Count - 1, after.Totals.PendingReview);
        Assert.Equal(1, after.Totals.Reviewed);
        var confirmed = after.Candidates.Single(c => c.CandidateId == rejected[0].CandidateId);
        Assert.Equal(DecisionStates.Confirmed, confirmed.Decision);
        Assert.False(confirmed.Passed);
    }

    [Theory]
    [InlineData("", "confirm", "reason", ScreeningErrorCodes.ReviewInvalid)]
    [InlineData("Sam", "approve", "reason", ScreeningErrorCodes.ReviewInvalid)]
    [InlineData("Sam", "override", " ", ScreeningErrorCodes.ReviewInvalid)]
    public async Task A_review_without_reviewer_decision_or_reason_is_refused_and_changes_nothing(string reviewer, string decision, string reason, string code)
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var (screeningId, ids) = await ScreenAsync(host, new ScreeningOptions { UseLlm = false });
        var before = await ReadReportAsync(host, screeningId, "json");

        var error = await Assert.ThrowsAsync<ScreeningException>(() => Reviews(host).ReviewAsync(screeningId, ids[0], new Workflows.Api.ReviewBody(reviewer, decision, reason).ToRequest(), Ct));

        Assert.Equal(code, error.Code);
        Assert.Equal(before, await ReadReportAsync(host, screeningId, "json"));
        Assert.DoesNotContain(await host.Services.GetRequiredService<IAuditLog>().ReadAsync(screeningId, Ct), e => e.Kind == AuditEventKinds.DecisionReviewed);
    }

    [Fact]
    public async Task Reviews_of_unknown_screenings_or_candidates_are_404_codes()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var (screeningId, _) = await ScreenAsync(host, new ScreeningOptions { UseLlm = false });
        var request = new ReviewRequest("Sam", ReviewDecision.Confirm, "ok");

        var noScreening = await Assert.ThrowsAsync<ScreeningException>(() => Reviews(host).ReviewAsync("no-such-screening", "x", request, Ct));
        var noCandidate = await Assert.ThrowsAsync<ScreeningException>(() => Reviews(host).ReviewAsync(screeningId, new string('a', 64), request, Ct));

        Assert.Equal(ScreeningErrorCodes.ScreeningNotFound, noScreening.Code);
        Assert.Equal(ScreeningErrorCodes.CandidateNotFound, noCandidate.Code);
    }

    [Fact]
    public async Task The_audit_trail_holds_the_start_every_score_with_model_and_request_id_and_each_review_and_is_append_only()
    {
        await using var host = await ScreeningLlmHost.StartAsync(Ct);
        var (screeningId, ids) = await ScreenAsync(host, new ScreeningOptions { LlmTopK = 2 }, requestedBy: "recruiter@example.com");
        await Reviews(host).ReviewAsync(screeningId, ids[0], new ReviewRequest("Dana", ReviewDecision.Confirm, "Agree."), Ct);
        var audit = host.Services.GetRequiredService<IAuditLog>();

        var events = await audit.ReadAsync(screeningId, Ct);

        var started = Assert.Single(events, e => e.Kind == AuditEventKinds.ScreeningStarted);
        Assert.Equal("recruiter@example.com", started.Actor);
        Assert.Equal(ids.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), started.Details["candidates"]);
        var scored = events.Where(e => e.Kind == AuditEventKinds.CandidateScored).ToList();
        Assert.Equal(ids.Order(StringComparer.Ordinal), scored.Select(e => e.CandidateId!).Order(StringComparer.Ordinal));
        Assert.All(scored, e => Assert.Equal(Core.Scoring.DeterministicScorer.Version, e.Details["scorerVersion"]));
        var llmScored = scored.Where(e => e.Details["llmScore"] is not null).ToList();
        Assert.Equal(2, llmScored.Count);
        Assert.All(llmScored, e =>
        {
            Assert.Equal("gpt-4o-mini", e.Details["deployment"]);
            Assert.False(string.IsNullOrEmpty(e.Details["llmRequestId"]));
            Assert.NotEqual("0", e.Details["inputTokens"]);
        });
        var reviewed = Assert.Single(events, e => e.Kind == AuditEventKinds.DecisionReviewed);
        Assert.Equal("Dana", reviewed.Actor);
        Assert.True(events.ToList().IndexOf(started) < events.ToList().IndexOf(reviewed));

        // Append-only: recording an event again (a re-run activity) or forging one under an existing id changes nothing.
        Assert.False(await audit.AppendAsync(started with { Actor = "someone else" }, Ct));
        Assert.Equal("recruiter@example.com", (await audit.ReadAsync(screeningId, Ct)).Single(e => e.Id == started.Id).Actor);

        using var lines = new MemoryStream();
        await audit.WriteJsonLinesAsync(screeningId, lines, Ct);
        var exported = Encoding.UTF8.GetString(lines.ToArray()).Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(events.Count, exported.Length);
        Assert.All(exported, line => Assert.Equal(JsonValueKind.Object, JsonDocument.Parse(line).RootElement.ValueKind));
    }

    internal static async Task<(string ScreeningId, IReadOnlyList<string> Ids)> ScreenAsync(ScreeningLlmHost host, ScreeningOptions options, string? requestedBy = null)
    {
        var ids = new List<string>();
        for (var i = 0; i < 5; i++)
        {
            ids.Add(await host.AddCandidateAsync($"cv{i}.txt", ScreeningLlmHost.Cv(i), Ct));
        }

        var (start, _, _, _) = await host.RunAsync(new ScreeningRequest { JobText = ScreeningLlmHost.Job, CandidateIds = ids, Options = options, RequestedBy = requestedBy }, Ct);
        return (start.ScreeningId, ids);
    }

    internal static async Task<string> ReadReportAsync(ScreeningLlmHost host, string screeningId, string format)
    {
        var file = await host.Screening.OpenReportAsync(screeningId, format, Ct);
        await using var content = file.Content;
        using var reader = new StreamReader(content);
        return await reader.ReadToEndAsync(Ct);
    }

    internal static async Task<ScreeningReport> ReadJsonReportAsync(ScreeningLlmHost host, string screeningId)
        => JsonSerializer.Deserialize<ScreeningReport>(await ReadReportAsync(host, screeningId, "json"), ScreeningJson.Options)!;

    private static IReviewService Reviews(ScreeningLlmHost host) => host.Services.GetRequiredService<IReviewService>();
}
