using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ResumeFlow.Llm.Pricing;

namespace ResumeFlow.Workflows.Batches;

/// <summary>
/// The cost report of a job, per input file and in total: requests, tokens, cost at the batch price, what the
/// standard API would have charged for the same tokens, and the saving. An unknown price says so instead of $0.
/// </summary>
public static class BatchCostReportWriter
{
    public static string Json(BatchCostReportInput report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var root = new JsonObject
        {
            ["jobId"] = report.JobId,
            ["model"] = report.Total.Model,
            ["priceList"] = ListPrices.AsOf,
            ["total"] = Row(report.Total),
            ["files"] = new JsonArray(report.Files.Select(f => (JsonNode)Row(f)).ToArray()),
        };
        return root.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
    }

    public static string Html(BatchCostReportInput report)
    {
        ArgumentNullException.ThrowIfNull(report);
        var html = new StringBuilder();
        html.Append("<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>Batch cost ").Append(WebUtility.HtmlEncode(report.JobId)).Append("</title>")
            .Append("<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:4px 8px;text-align:right}th:first-child,td:first-child{text-align:left}</style></head><body>")
            .Append("<h1>Batch cost: ").Append(WebUtility.HtmlEncode(report.JobId)).Append("</h1>")
            .Append("<p>Model ").Append(WebUtility.HtmlEncode(report.Total.Model)).Append("; list prices of ").Append(ListPrices.AsOf).Append(" unless configured.</p>")
            .Append("<table><tr><th>Batch</th><th>Requests</th><th>Done</th><th>Failed</th><th>Resubmitted</th><th>Input tokens</th><th>Output tokens</th><th>Batch cost</th><th>Standard API cost</th><th>Saving</th></tr>");
        for (var i = 0; i < report.Files.Count; i++)
        {
            AppendRow(html, string.Create(CultureInfo.InvariantCulture, $"file {i + 1}"), report.Files[i]);
        }

        AppendRow(html, "Total", report.Total);
        html.Append("</table></body></html>");
        return html.ToString();
    }

    /// <summary>"$0.1234", or "price unknown" for a model without a known price.</summary>
    public static string Money(decimal? usd) => usd is { } value ? string.Create(CultureInfo.InvariantCulture, $"${value:0.0000}") : "price unknown";

    private static JsonObject Row(BatchTally tally) => new()
    {
        ["batches"] = tally.Batches,
        ["requests"] = tally.Lines,
        ["done"] = tally.Done,
        ["failed"] = tally.Failed,
        ["resubmitted"] = tally.Resubmitted,
        ["invalidReplies"] = tally.InvalidReplies,
        ["inputTokens"] = tally.InputTokens,
        ["cachedInputTokens"] = tally.CachedInputTokens,
        ["outputTokens"] = tally.OutputTokens,
        ["priceKnown"] = tally.BatchCostUsd is not null,
        ["batchCostUsd"] = tally.BatchCostUsd,
        ["standardCostUsd"] = tally.StandardCostUsd,
        ["savingUsd"] = tally.SavingUsd,
    };

    private static void AppendRow(StringBuilder html, string label, BatchTally tally)
    {
        html.Append("<tr><td>").Append(WebUtility.HtmlEncode(label)).Append("</td>");
        foreach (var value in new[] { tally.Lines, tally.Done, tally.Failed, tally.Resubmitted })
        {
            html.Append("<td>").Append(value.ToString(CultureInfo.InvariantCulture)).Append("</td>");
        }

        html.Append("<td>").Append(tally.InputTokens.ToString("N0", CultureInfo.InvariantCulture)).Append("</td>")
            .Append("<td>").Append(tally.OutputTokens.ToString("N0", CultureInfo.InvariantCulture)).Append("</td>");
        foreach (var money in new[] { tally.BatchCostUsd, tally.StandardCostUsd, tally.SavingUsd })
        {
            html.Append("<td>").Append(Money(money)).Append("</td>");
        }

        html.Append("</tr>");
    }
}
