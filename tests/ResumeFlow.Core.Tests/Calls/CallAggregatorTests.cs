using ResumeFlow.Core.Calls;
using ResumeFlow.Core.Calls.Aggregation;
using ResumeFlow.Core.Calls.Insights;
using ResumeFlow.Core.Calls.Metrics;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Core.Tests.Calls;

public sealed class CallAggregatorTests
{
    private static CallAnalysis Call(string id, string interviewer, double seconds, double interviewerShare, string? candidateId, CallInsight? insight) => new()
    {
        CallId = id,
        Source = id + ".txt",
        Format = TranscriptFormat.PlainText,
        CandidateId = candidateId,
        InterviewerName = interviewer,
        CandidateName = "Cand " + id,
        AnalysisSucceeded = insight is not null,
        ErrorCode = insight is null ? "llm_server_error" : null,
        Insight = insight,
        Metrics = new CallMetrics
        {
            DurationSeconds = seconds,
            Length = CallMetricsCalculator.LengthOf(seconds),
            Turns = 10,
            InterviewerQuestions = 3,
            LongestMonologueSeconds = 30,
            Overlaps = 0,
            OverlapSeconds = 0,
            TimingEstimated = false,
            Speakers =
            [
                new SpeakerMetrics("I", CallMetricsCalculator.InterviewerRole, seconds * interviewerShare, interviewerShare, 100, 5, 3),
                new SpeakerMetrics("C", CallMetricsCalculator.CandidateRole, seconds * (1 - interviewerShare), 1 - interviewerShare, 200, 5, 0),
            ],
        },
    };

    private static CallInsight Insight(CallOutcome outcome, CallSentiment sentiment, string[] concerns, params CallFollowUp[] followUps) =>
        new(CallCategory.Screening, outcome, sentiment, "why", ["point"], concerns, followUps, "next", [], []);

    [Fact]
    public void Aggregate_of_a_small_fixed_set_matches_the_figures_counted_by_hand()
    {
        // Four calls: Ann has a (advance, positive) and b (hold, mixed, salary follow-up); Ben has c (reject,
        // negative) and d, whose analysis failed. Candidate x had calls a and c; c (the later id) decides.
        CallAnalysis[] calls =
        [
            Call("c", "Ben", 600, 0.5, "x", Insight(CallOutcome.Reject, CallSentiment.Negative, ["Salary expectations."])),
            Call("a", "Ann", 240, 0.25, "x", Insight(CallOutcome.Advance, CallSentiment.Positive, ["salary expectations", "notice period"])),
            Call("b", "Ann", 360, 0.35, null, Insight(CallOutcome.Hold, CallSentiment.Mixed, ["Salary expectations"], new CallFollowUp("check budget", FollowUpOwner.Interviewer))),
            Call("d", "Ben", 120, 0.4, "y", null),
        ];

        var a = CallAggregator.Aggregate(calls, unreadableFiles: 2);

        Assert.Equal((4, 3, 1, 2, 1320.0), (a.Calls, a.Analysed, a.Failed, a.UnreadableFiles, a.TotalDurationSeconds));
        Assert.Equal(new Dictionary<string, int> { ["advance"] = 1, ["hold"] = 1, ["reject"] = 1 }, a.Outcomes);
        Assert.Equal(new Dictionary<string, int> { ["mixed"] = 1, ["negative"] = 1, ["positive"] = 1 }, a.Sentiments);
        Assert.Equal(new Dictionary<string, int> { ["screening"] = 3 }, a.Categories);

        var ann = a.Interviewers[0];
        Assert.Equal(("Ann", 2, 300.0, 0.3), (ann.Interviewer, ann.Calls, ann.AverageDurationSeconds, ann.AverageTalkShare));
        var ben = a.Interviewers[1];
        Assert.Equal(("Ben", 2, 360.0, 0.45), (ben.Interviewer, ben.Calls, ben.AverageDurationSeconds, ben.AverageTalkShare));
        Assert.Equal(new Dictionary<string, int> { ["reject"] = 1 }, ben.Outcomes);

        Assert.Equal([new ConcernCount("salary expectations", 3), new ConcernCount("notice period", 1)], a.CommonConcerns);
        Assert.Equal("b", Assert.Single(a.NeedingFollowUp).CallId);
        Assert.Equal(["x", "y"], a.Candidates.Select(c => c.CandidateId));
        Assert.Equal(["a", "c"], a.Candidates[0].CallIds);
        Assert.Equal("2 calls; outcome reject, sentiment negative; concerns: Salary expectations.; next: next", a.Candidates[0].Summary);
        Assert.Equal("1 call; not analysed (llm_server_error).", a.Candidates[1].Summary);
    }
}
