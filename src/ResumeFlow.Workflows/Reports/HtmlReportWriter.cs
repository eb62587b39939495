using System.Globalization;
using System.Net;
using System.Text;
using ResumeFlow.Llm.Pricing;

namespace ResumeFlow.Workflows.Reports;

/// <summary>
/// Writes report.html: a self-contained page (no scripts, no external assets) with the totals, the
/// cost, the score-distribution chart and the top-N table with each candidate's evidence.
/// </summary>
public static class HtmlReportWriter
{
    public const string ContentType = "text/html; charset=utf-8";

    public static async Task WriteAsync(ScreeningReport report, int topN, Stream output, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        ArgumentNullException.ThrowIfNull(output);
        var html = Render(report, topN);
        await output.WriteAsync(Encoding.UTF8.GetBytes(html), cancellationToken).ConfigureAwait(false);
    }

    public static string Render(ScreeningReport report, int topN)
    {
        ArgumentNullException.ThrowIfNull(report);
        var inv = CultureInfo.InvariantCulture;
        var title = "Screening " + (report.JobTitle ?? report.JobId);
        var sb = new StringBuilder(16 * 1024);
        sb.Append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>").Append(E(title)).Append("</title>\n<style>")
          .Append("body{font-family:system-ui,sans-serif;margin:2rem;color:#222}table{border-collapse:collapse;width:100%}")
          .Append("th,td{border:1px solid #ccc;padding:.35rem .5rem;vertical-align:top;text-align:left}th{background:#f3f3f3}")
          .Append(".pass{color:#1b7f3b;font-weight:600}.fail{color:#a33}.ev{font-size:.85em;color:#444}.muted{color:#777}")
          .Append("dl{display:grid;grid-template-columns:max-content auto;gap:.2rem 1rem}dt{font-weight:600}")
          .Append("</style></head><body>\n");
        sb.Append("<h1>").Append(E(title)).Append("</h1>\n");
        sb.Append("<dl>")
          .Append("<dt>Screening</dt><dd>").Append(E(report.ScreeningId)).Append("</dd>")
          .Append("<dt>Job</dt><dd>").Append(E(report.JobId)).Append("</dd>")
          .Append("<dt>Generated</dt><dd>").Append(report.GeneratedAt.ToString("u", inv)).Append("</dd>")
          .Append("<dt>Threshold</dt><dd>").Append(report.Threshold.ToString("0.#", inv)).Append("</dd>")
          .Append("<dt>Candidates</dt><dd>").Append(report.Totals.Total.ToString(inv))
          .Append(" (scored ").Append(report.Totals.Scored.ToString(inv))
          .Append(", failed ").Append(report.Totals.Failed.ToString(inv))
          .Append(", passed ").Append(report.Totals.Passed.ToString(inv))
          .Append(", knocked out ").Append(report.Totals.KnockedOut.ToString(inv))
          .Append(", LLM-scored ").Append(report.Totals.LlmScored.ToString(inv)).Append(")</dd>")
          .Append("<dt>LLM cost</dt><dd>").Append(UsdText.Format(report.Cost.CostUsd))
          .Append(" (").Append(report.Cost.InputTokens.ToString(inv)).Append(" in / ").Append(report.Cost.OutputTokens.ToString(inv))
          .Append(" out tokens; pre-filter kept ").Append(report.Cost.SkippedByPrefilter.ToString(inv))
          .Append(" candidates from the LLM, saving about ").Append(UsdText.Format(report.Cost.EstimatedSavedUsd)).Append(")</dd>")
          .Append("<dt>Human review</dt><dd>").Append(report.Totals.Reviewed.ToString(inv)).Append(" reviewed (")
          .Append(report.Totals.Overridden.ToString(inv)).Append(" overridden), ")
          .Append(report.Totals.PendingReview.ToString(inv)).Append(" pending review</dd>")
          .Append("</dl>\n");
        foreach (var amendment in report.Amendments)
        {
            sb.Append("<p class=\"fail\">Amended: ").Append(E(amendment)).Append("</p>\n");
        }

        sb.Append("<h2>Score distribution</h2>\n<figure>")
          .Append(ScoreDistributionChart.RenderSvg(report.Distribution, report.Threshold))
          .Append("<figcaption class=\"muted\">");
        foreach (var bin in report.Distribution)
        {
            sb.Append(bin.From.ToString(inv)).Append('–').Append(bin.To.ToString(inv)).Append(": ").Append(bin.Count.ToString(inv)).Append("; ");
        }

        sb.Append("</figcaption></figure>\n");

        var top = report.Candidates.Take(Math.Max(1, topN)).ToList();
        sb.Append("<h2>Top ").Append(top.Count.ToString(inv)).Append(" of ").Append(report.Candidates.Count.ToString(inv)).Append("</h2>\n");
        sb.Append("<table><thead><tr><th>#</th><th>Candidate</th><th>Score</th><th>Passed</th><th>Matched skills</th><th>Missing must-haves</th><th>Evidence</th></tr></thead><tbody>\n");
        foreach (var row in top)
        {
            sb.Append("<tr><td>").Append(row.Rank.ToString(inv)).Append("</td><td>")
              .Append(E(row.CandidateName ?? row.FileName ?? row.CandidateId))
              .Append("<br><span class=\"muted\">").Append(E(row.FileName ?? string.Empty)).Append(' ').Append(E(Short(row.CandidateId))).Append("</span></td><td>")
              .Append(row.Score.ToString("0.0", inv));
            if (row.LlmScore is not null)
            {
                sb.Append("<br><span class=\"muted\">det ").Append(row.DeterministicScore.ToString("0.0", inv)).Append("</span>");
            }

            sb.Append("</td><td>");
            sb.Append(row.ErrorCode is { } error
                ? "<span class=\"fail\">error: " + E(error) + "</span>"
                : row.Passed ? "<span class=\"pass\">yes</span>" : "<span class=\"fail\">no</span>");
            if (row.Decision != Review.DecisionStates.Automated)
            {
                sb.Append("<br><span class=\"muted\">").Append(E(row.Decision.Replace('_', ' ')));
                if (row.Reviewer is not null)
                {
                    sb.Append(" by ").Append(E(row.Reviewer)).Append(": ").Append(E(row.ReviewReason ?? string.Empty));
                }

                sb.Append("</span>");
            }

            sb.Append("</td><td>").Append(E(string.Join(", ", row.MatchedSkills)))
              .Append("</td><td>").Append(E(row.MustHaveNotes is { Count: > 0 } notes ? string.Join("; ", notes) : string.Join(", ", row.MissingMustHaves)))
              .Append("</td><td class=\"ev\">");
            foreach (var line in row.Evidence.Take(3))
            {
                sb.Append("“").Append(E(line)).Append("”<br>");
            }

            if (row.CallSummary is { } call)
            {
                sb.Append("<span class=\"muted\">Screening call: ").Append(E(call)).Append("</span>");
            }

            sb.Append("</td></tr>\n");
        }

        sb.Append("</tbody></table>\n</body></html>\n");
        return sb.ToString();
    }

    private static string Short(string id) => id.Length > 12 ? id[..12] : id;

    private static string E(string text) => WebUtility.HtmlEncode(text);
}
