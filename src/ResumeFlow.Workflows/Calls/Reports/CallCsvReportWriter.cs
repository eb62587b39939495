using System.Globalization;
using System.Text;
using CsvHelper;
using ResumeFlow.Core.Calls.Metrics;

namespace ResumeFlow.Workflows.Calls.Reports;

/// <summary>Writes report.csv: one row per call; lists are joined with "; ".</summary>
public static class CallCsvReportWriter
{
    public static readonly IReadOnlyList<string> Header =
    [
        "call_id", "source", "format", "candidate_id", "job_id", "interviewer", "candidate", "duration_s", "length", "turns",
        "interviewer_questions", "interviewer_talk_share", "overlaps", "analysis_succeeded", "error_code", "category", "outcome",
        "sentiment", "concerns", "follow_ups", "next_step", "verified_quotes", "rejected_quotes",
    ];

    public static async Task WriteAsync(CallReport report, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var writer = new StreamWriter(output, new UTF8Encoding(false), 64 * 1024, leaveOpen: true);
        await using (writer.ConfigureAwait(false))
        {
            var csv = new CsvWriter(writer, CultureInfo.InvariantCulture);
            await using (csv.ConfigureAwait(false))
            {
                foreach (var name in Header)
                {
                    csv.WriteField(name);
                }

                await csv.NextRecordAsync().ConfigureAwait(false);
                foreach (var c in report.Calls)
                {
                    cancellationToken.ThrowIfCancellationRequested();
                    var i = c.Insight;
                    string[] fields =
                    [
                        c.CallId, c.Source, c.Format.ToString().ToLowerInvariant(), c.CandidateId ?? string.Empty, c.JobId ?? string.Empty,
                        c.InterviewerName ?? string.Empty, c.CandidateName ?? string.Empty,
                        c.Metrics.DurationSeconds.ToString("0.0", CultureInfo.InvariantCulture), c.Metrics.Length.ToString().ToLowerInvariant(),
                        c.Metrics.Turns.ToString(CultureInfo.InvariantCulture), c.Metrics.InterviewerQuestions.ToString(CultureInfo.InvariantCulture),
                        c.Metrics.Speakers.Where(s => s.Role == CallMetricsCalculator.InterviewerRole).Sum(s => s.TalkShare).ToString("0.000", CultureInfo.InvariantCulture),
                        c.Metrics.Overlaps.ToString(CultureInfo.InvariantCulture), c.AnalysisSucceeded ? "true" : "false", c.ErrorCode ?? string.Empty,
                        i?.Category.ToString().ToLowerInvariant() ?? string.Empty, i?.Outcome.ToString().ToLowerInvariant() ?? string.Empty,
                        i?.Sentiment.ToString().ToLowerInvariant() ?? string.Empty, string.Join("; ", i?.Concerns ?? []),
                        string.Join("; ", (i?.FollowUps ?? []).Select(f => $"{f.Action} ({f.Owner.ToString().ToLowerInvariant()})")),
                        i?.NextStep ?? string.Empty, (i?.Quotes.Count ?? 0).ToString(CultureInfo.InvariantCulture),
                        (i?.RejectedQuotes.Count ?? 0).ToString(CultureInfo.InvariantCulture),
                    ];
                    foreach (var field in fields)
                    {
                        csv.WriteField(field);
                    }

                    await csv.NextRecordAsync().ConfigureAwait(false);
                }
            }
        }
    }
}
