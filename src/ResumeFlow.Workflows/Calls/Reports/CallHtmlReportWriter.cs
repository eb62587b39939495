using System.Globalization;
using System.Net;
using System.Text;
using ResumeFlow.Core.Calls;
using ResumeFlow.Core.Calls.Transcripts;

namespace ResumeFlow.Workflows.Calls.Reports;

/// <summary>
/// Writes report.html: the two-minute summary (counts, four charts as inline SVG, interviewers, common concerns,
/// follow-ups, candidates), then one section per call whose quotes link to the utterance they come from in the
/// call's transcript (included, collapsed). Self-contained: no scripts, styles or images from elsewhere.
/// </summary>
public static class CallHtmlReportWriter
{
    private const string Style = "body{font-family:system-ui,sans-serif;margin:2rem;max-width:1100px;color:#222}table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .5rem;text-align:left;vertical-align:top}.charts{display:flex;flex-wrap:wrap;gap:1rem}.failed{color:#a00}.quoted{background:#fff3b0}.call{border-top:1px solid #ddd;margin-top:1.5rem}blockquote{margin:.25rem 0 .25rem 1rem;color:#444}";

    public static string Render(CallReport report, IReadOnlyDictionary<string, CallTranscript> transcripts)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(transcripts);
        var a = report.Aggregate;
        var b = new StringBuilder();
        b.Append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>Call analysis ").Append(E(report.RunId)).Append("</title><style>").Append(Style).Append("</style></head><body>");
        b.Append("<h1>Screening calls: ").Append(E(report.RunId)).Append("</h1>");
        b.Append(CultureInfo.InvariantCulture, $"<p>{a.Calls} calls ({a.Analysed} analysed, <span class=\"failed\">{a.Failed} failed</span>), {a.UnreadableFiles} unreadable files, {a.TotalDurationSeconds / 60:0.#} minutes in total. Generated {report.GeneratedAt:yyyy-MM-dd HH:mm} UTC.</p>");
        b.Append("<div class=\"charts\">")
            .Append(Figure(CallCharts.Outcomes(a))).Append(Figure(CallCharts.Sentiments(a)))
            .Append(Figure(CallCharts.InterviewerTalkShare(a))).Append(Figure(CallCharts.Durations(report.Calls))).Append("</div>");

        b.Append("<h2>Interviewers</h2><table><tr><th>interviewer</th><th>calls</th><th>outcomes</th><th>sentiment</th><th>avg minutes</th><th>avg talk share</th></tr>");
        foreach (var i in a.Interviewers)
        {
            b.Append(CultureInfo.InvariantCulture, $"<tr><td>{E(i.Interviewer)}</td><td>{i.Calls}</td><td>{E(Counts(i.Outcomes))}</td><td>{E(Counts(i.Sentiments))}</td><td>{i.AverageDurationSeconds / 60:0.0}</td><td>{i.AverageTalkShare:P0}</td></tr>");
        }

        b.Append("</table><h2>Common concerns</h2><ol>");
        foreach (var c in a.CommonConcerns)
        {
            b.Append(CultureInfo.InvariantCulture, $"<li>{E(c.Concern)} ({c.Calls})</li>");
        }

        b.Append("</ol><h2>Needing follow-up</h2><table><tr><th>call</th><th>candidate</th><th>outcome</th><th>follow-ups</th><th>next step</th></tr>");
        foreach (var f in a.NeedingFollowUp)
        {
            b.Append("<tr><td>").Append(Link(f.CallId)).Append("</td><td>").Append(E(f.CandidateName)).Append("</td><td>").Append(E(f.Outcome)).Append("</td><td>")
                .Append(E(string.Join("; ", f.FollowUps.Select(x => $"{x.Action} ({x.Owner.ToString().ToLowerInvariant()})")))).Append("</td><td>").Append(E(f.NextStep)).Append("</td></tr>");
        }

        b.Append("</table><h2>Candidates</h2><table><tr><th>candidate id</th><th>name</th><th>calls</th><th>summary</th></tr>");
        foreach (var c in a.Candidates)
        {
            b.Append("<tr><td>").Append(E(c.CandidateId)).Append("</td><td>").Append(E(c.CandidateName)).Append("</td><td>")
                .Append(string.Join(", ", c.CallIds.Select(Link))).Append("</td><td>").Append(E(c.Summary)).Append("</td></tr>");
        }

        b.Append("</table>");
        if (report.UnreadableFiles.Count > 0)
        {
            b.Append("<h2>Unreadable files</h2><table><tr><th>file</th><th>error</th><th>message</th></tr>");
            foreach (var e in report.UnreadableFiles)
            {
                b.Append("<tr><td>").Append(E(e.Source)).Append("</td><td>").Append(E(e.Code)).Append("</td><td>").Append(E(e.Message)).Append("</td></tr>");
            }

            b.Append("</table>");
        }

        b.Append("<h2>Calls</h2>");
        foreach (var call in report.Calls)
        {
            AppendCall(b, call, transcripts.GetValueOrDefault(call.CallId));
        }

        return b.Append("</body></html>").ToString();
    }

    private static void AppendCall(StringBuilder b, CallAnalysis call, CallTranscript? transcript)
    {
        var m = call.Metrics;
        b.Append("<section class=\"call\" id=\"").Append(Anchor(call.CallId)).Append("\"><h3>").Append(E(call.CallId)).Append("</h3>");
        b.Append("<p>").Append(E(call.Source)).Append(" · ").Append(E(call.InterviewerName)).Append(" with ").Append(E(call.CandidateName))
            .Append(CultureInfo.InvariantCulture, $" · {m.DurationSeconds / 60:0.0} min ({m.Length.ToString().ToLowerInvariant()}) · {m.Turns} turns · {m.InterviewerQuestions} interviewer questions · {m.Overlaps} overlaps</p>");
        if (call.Insight is not { } i)
        {
            b.Append("<p class=\"failed\">Analysis failed: ").Append(E(call.ErrorCode)).Append(" ").Append(E(call.ErrorMessage)).Append("</p>");
        }
        else
        {
            b.Append("<p><b>").Append(E(i.Outcome.ToString().ToLowerInvariant())).Append("</b> · ").Append(E(i.Category.ToString().ToLowerInvariant()))
                .Append(" · sentiment ").Append(E(i.Sentiment.ToString().ToLowerInvariant())).Append(": ").Append(E(i.SentimentReason)).Append("</p>");
            b.Append("<p>Next step: ").Append(E(i.NextStep)).Append("</p>");
            List("Key points", i.KeyPoints);
            List("Concerns", i.Concerns);
            List("Follow-ups", i.FollowUps.Select(f => $"{f.Action} ({f.Owner.ToString().ToLowerInvariant()})").ToList());
            b.Append("<h4>Evidence</h4>");
            foreach (var q in i.Quotes)
            {
                b.Append("<blockquote>").Append(E(q.Point)).Append(": ");
                b.Append(q.TurnIndex is { } t ? $"<a href=\"#{Anchor(call.CallId)}-t{t}\">“{E(q.Quote)}”</a>" : $"“{E(q.Quote)}”").Append("</blockquote>");
            }

            foreach (var q in i.RejectedQuotes)
            {
                b.Append("<blockquote class=\"failed\">rejected (").Append(E(q.RejectedReason)).Append("): “").Append(E(q.Quote)).Append("”</blockquote>");
            }
        }

        if (transcript is not null)
        {
            var quoted = call.Insight?.Quotes.Select(q => q.TurnIndex).OfType<int>().ToHashSet() ?? [];
            b.Append("<details><summary>Transcript</summary><ol start=\"0\">");
            for (var t = 0; t < transcript.Turns.Count; t++)
            {
                var turn = transcript.Turns[t];
                b.Append("<li id=\"").Append(Anchor(call.CallId)).Append("-t").Append(t.ToString(CultureInfo.InvariantCulture)).Append('"')
                    .Append(quoted.Contains(t) ? " class=\"quoted\"" : string.Empty).Append("><b>").Append(E(turn.Speaker)).Append(":</b> ").Append(E(turn.Text)).Append("</li>");
            }

            b.Append("</ol></details>");
        }

        b.Append("</section>");

        void List(string title, IReadOnlyList<string> items)
        {
            if (items.Count > 0)
            {
                b.Append("<h4>").Append(title).Append("</h4><ul>").AppendJoin(string.Empty, items.Select(x => "<li>" + E(x) + "</li>")).Append("</ul>");
            }
        }
    }

    private static string Figure(string svg) => "<figure>" + svg + "</figure>";

    private static string Link(string callId) => $"<a href=\"#{Anchor(callId)}\">{E(callId)}</a>";

    private static string Anchor(string callId) => "call-" + callId;

    private static string Counts(IReadOnlyDictionary<string, int> counts) => string.Join(", ", counts.Select(p => $"{p.Key} {p.Value}"));

    private static string E(string? text) => WebUtility.HtmlEncode(text ?? string.Empty);
}
