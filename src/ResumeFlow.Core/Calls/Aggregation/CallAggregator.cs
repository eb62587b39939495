using System.Globalization;
using ResumeFlow.Core.Calls.Insights;
using ResumeFlow.Core.Calls.Metrics;

namespace ResumeFlow.Core.Calls.Aggregation;

/// <summary>Folds the per-call results of a run into <see cref="CallAnalysisAggregate"/>; deterministic (ordinal ordering throughout).</summary>
public static class CallAggregator
{
    /// <summary>How many of the most common concerns the aggregate keeps.</summary>
    public const int TopConcerns = 10;

    public static CallAnalysisAggregate Aggregate(IReadOnlyList<CallAnalysis> calls, int unreadableFiles = 0)
    {
        ArgumentNullException.ThrowIfNull(calls);
        var ordered = calls.OrderBy(c => c.CallId, StringComparer.Ordinal).ToList();
        var analysed = ordered.Where(c => c.AnalysisSucceeded && c.Insight is not null).ToList();
        return new CallAnalysisAggregate
        {
            Calls = ordered.Count,
            Analysed = analysed.Count,
            Failed = ordered.Count - analysed.Count,
            UnreadableFiles = unreadableFiles,
            TotalDurationSeconds = Math.Round(ordered.Sum(c => c.Metrics.DurationSeconds), 1),
            Outcomes = Count(analysed, i => i.Outcome.ToString()),
            Sentiments = Count(analysed, i => i.Sentiment.ToString()),
            Categories = Count(analysed, i => i.Category.ToString()),
            Interviewers = ordered.GroupBy(c => c.InterviewerName ?? "unknown", StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).Select(g =>
            {
                var done = g.Where(c => c.AnalysisSucceeded && c.Insight is not null).ToList();
                return new InterviewerSummary(
                    g.Key,
                    g.Count(),
                    Count(done, i => i.Outcome.ToString()),
                    Count(done, i => i.Sentiment.ToString()),
                    Math.Round(g.Average(c => c.Metrics.DurationSeconds), 1),
                    Math.Round(g.Average(c => c.Metrics.Speakers.Where(s => s.Role == CallMetricsCalculator.InterviewerRole).Sum(s => s.TalkShare)), 3));
            }).ToList(),
            CommonConcerns = analysed
                .SelectMany(c => c.Insight!.Concerns.Select(Normalize).Distinct(StringComparer.Ordinal))
                .GroupBy(c => c, StringComparer.Ordinal)
                .Select(g => new ConcernCount(g.Key, g.Count()))
                .OrderByDescending(c => c.Calls).ThenBy(c => c.Concern, StringComparer.Ordinal)
                .Take(TopConcerns)
                .ToList(),
            NeedingFollowUp = analysed.Where(c => c.Insight!.NeedsFollowUp)
                .Select(c => new FollowUpCall(c.CallId, c.CandidateName, Key(c.Insight!.Outcome.ToString()), c.Insight.FollowUps, c.Insight.NextStep))
                .ToList(),
            Candidates = ordered.Where(c => c.CandidateId is not null).GroupBy(c => c.CandidateId!, StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal)
                .Select(g => new CandidateCallSummary(g.Key, g.Select(c => c.CandidateName).FirstOrDefault(n => n is not null), g.Select(c => c.CallId).ToList(), Summary(g.ToList())))
                .ToList(),
        };
    }

    private static string Summary(List<CallAnalysis> calls)
    {
        // The latest analysed call (by id) decides; calls without insight only count.
        var latest = calls.Where(c => c.Insight is not null).OrderBy(c => c.CallId, StringComparer.Ordinal).LastOrDefault();
        var count = calls.Count == 1 ? "1 call" : calls.Count.ToString(CultureInfo.InvariantCulture) + " calls";
        if (latest?.Insight is not { } insight)
        {
            return count + "; not analysed (" + (calls[^1].ErrorCode ?? "no insight") + ").";
        }

        var summary = $"{count}; outcome {Key(insight.Outcome.ToString())}, sentiment {Key(insight.Sentiment.ToString())}";
        if (insight.Concerns.Count > 0)
        {
            summary += "; concerns: " + string.Join(", ", insight.Concerns.Take(2));
        }

        return insight.NextStep.Length > 0 ? summary + "; next: " + insight.NextStep : summary + ".";
    }

    private static Dictionary<string, int> Count(List<CallAnalysis> calls, Func<CallInsight, string> key) =>
        calls.GroupBy(c => Key(key(c.Insight!)), StringComparer.Ordinal).OrderBy(g => g.Key, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    private static string Key(string name) => name.ToLowerInvariant();

    private static string Normalize(string concern) => concern.Trim().TrimEnd('.', ';', '!').ToLowerInvariant();
}
