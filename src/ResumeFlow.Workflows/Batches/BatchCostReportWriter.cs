using System.Globalization;
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

    /// <summary>cost.html, rendered from the batch cost components (<see cref="Components.BatchCostReportDocument"/>).</summary>
    public static Task<string> HtmlAsync(BatchCostReportInput report, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(report);
        return Reports.ComponentRenderer.RenderAsync<Components.BatchCostReportDocument>(
            new Dictionary<string, object?> { [nameof(Components.BatchCostReportDocument.Report)] = report },
            cancellationToken);
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
}
